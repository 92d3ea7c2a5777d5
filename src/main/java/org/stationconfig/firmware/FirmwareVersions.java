package org.stationconfig.firmware;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's rule for the version an image holds: the first dotted version number in its file name
 * ({@code station-2.4.0.bin} → {@code 2.4.0}, {@code fw_v3.1-rc2.img} → {@code 3.1-rc2}); without one, the file name
 * without its extension. Kept to what firmwareVersion allows: at most 50 printable ASCII characters.
 */
final class FirmwareVersions {

    static final int MAX_LENGTH = 50; // BootNotification.firmwareVersion, CiString50
    /** {@code .bin}, {@code .img}: an extension starts with a letter, so {@code fw-2.1} keeps its {@code .1}. */
    private static final Pattern EXTENSION = Pattern.compile("(?<=.)\\.[A-Za-z][A-Za-z0-9]*$");
    private static final Pattern DOTTED = Pattern.compile("\\d+(?:\\.\\d+)+(?:-[0-9A-Za-z]+(?:\\.[0-9A-Za-z]+)*)?");

    private FirmwareVersions() {
    }

    static Optional<String> fromFileName(String fileName) {
        String name = EXTENSION.matcher(fileName).replaceFirst("");
        Matcher dotted = DOTTED.matcher(name);
        String version = dotted.find() ? dotted.group() : name;
        String printable = version.chars().filter(c -> c > 0x20 && c < 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.isEmpty() ? Optional.empty()
                : Optional.of(printable.length() <= MAX_LENGTH ? printable : printable.substring(0, MAX_LENGTH));
    }

}
