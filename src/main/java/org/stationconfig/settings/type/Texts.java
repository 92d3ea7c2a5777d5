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
        String head = text.length() <= 41 ? text : text.substring(0, 41); // cut first: the input may be huge
        String visible = head.codePoints()
                .map(c -> c >= 0x20 && c != 0x7F ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return visible.length() <= 40 ? visible : visible.substring(0, 40) + "...";
    }
}
