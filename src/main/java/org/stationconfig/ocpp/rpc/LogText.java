package org.stationconfig.ocpp.rpc;

/** Makes untrusted input safe to log: bounded length, control characters escaped. */
public final class LogText {

    /** Enough to recognise a frame, small enough for a log line or the 255-char techInfo of a security event. */
    public static final int MAX_EXCERPT = 120;

    private LogText() {
    }

    public static String excerpt(String text) {
        if (text == null) {
            return "<null>";
        }
        int end = Math.min(text.length(), MAX_EXCERPT);
        StringBuilder out = new StringBuilder(end + 24);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > end) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
