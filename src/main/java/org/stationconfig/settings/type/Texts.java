package org.stationconfig.settings.type;

/** Small text checks shared by the value types. */
public final class Texts {

    private Texts() {
    }

    /** Printable ASCII (0x20..0x7E), what OCPP's CiString allows. */
    public static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    /** The start of a value for an error message, so a huge or odd input is not echoed whole. */
    public static String excerpt(String text) {
        String visible = text.codePoints()
                .map(c -> c >= 0x20 && c != 0x7F ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return visible.length() <= 40 ? visible : visible.substring(0, 40) + "...";
    }
}
