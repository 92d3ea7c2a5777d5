package org.stationconfig.ocpp.rpc;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes untrusted input safe to log: secrets masked, bounded length, control characters escaped. The secrets a frame
 * can carry are the AuthorizationKey of a ChangeConfiguration and the credentials and signed-URL tokens of a file
 * location (user info and query); they are masked in the whole text before it is cut, so no excerpt shows a prefix.
 */
public final class LogText {

    /** Enough to recognise a frame, small enough for a log line or the 255-char techInfo of a security event. */
    public static final int MAX_EXCERPT = 120;
    public static final String MASK = "***";

    private static final Pattern JSON_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*+\"");
    private static final Pattern VALUE = Pattern.compile("(\"value\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*+\"");

    private LogText() {
    }

    public static String excerpt(String text) {
        if (text == null) {
            return "<null>";
        }
        String masked = masked(text);
        int end = Math.min(masked.length(), MAX_EXCERPT);
        StringBuilder out = new StringBuilder(end + 24);
        for (int i = 0; i < end; i++) {
            char c = masked.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (masked.length() > end) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    /**
     * The text with its secrets replaced by {@value #MASK}: every {@code "value"} of a frame that names the
     * AuthorizationKey (or hides a key name behind \\u escapes), and the user info and query of every URI in a string.
     */
    public static String masked(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String out = lower.contains("authorizationkey") || text.contains("\\u")
                ? VALUE.matcher(text).replaceAll("$1\"" + MASK + "\"") : text;
        if (!out.contains("://")) {
            return out;
        }
        Matcher strings = JSON_STRING.matcher(out);
        StringBuilder result = new StringBuilder(out.length());
        while (strings.find()) {
            strings.appendReplacement(result, Matcher.quoteReplacement(location(strings.group())));
        }
        strings.appendTail(result);
        return location(result.toString()); // a bare location, or a frame cut before its closing quote
    }

    /** A location as it may be logged: {@code ftp://user:secret@host/x?token=1} becomes {@code ftp://***@host/x?***}. */
    public static String location(String text) {
        int scheme = text.indexOf("://");
        if (scheme < 0) {
            return text;
        }
        int start = scheme + 3;
        int authorityEnd = start;
        while (authorityEnd < text.length() && "/?#\"".indexOf(text.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        int at = text.lastIndexOf('@', authorityEnd - 1);
        String shown = at >= start ? text.substring(0, start) + MASK + text.substring(at) : text;
        int query = indexOfAny(shown, "?#", start);
        if (query < 0) {
            return shown;
        }
        int close = shown.indexOf('"', query);
        return shown.substring(0, query + 1) + MASK + (close < 0 ? "" : shown.substring(close));
    }

    private static int indexOfAny(String text, String characters, int from) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
