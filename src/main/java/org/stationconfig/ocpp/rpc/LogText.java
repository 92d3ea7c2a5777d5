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
    private static final Pattern VALUE_KEY = Pattern.compile("\"value\"\\s*:\\s*");

    private LogText() {
    }

    public static String excerpt(String text) {
        if (text == null) {
            return "<null>";
        }
        String masked = masked(text);
        int end = Math.min(masked.length(), MAX_EXCERPT);
        StringBuilder out = new StringBuilder(escaped(masked.substring(0, end)));
        if (masked.length() > end) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 24);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text with its secrets replaced by {@value #MASK}: every {@code "value"} (of any JSON type: a key sent as a
     * number is still a key) of a frame that names the AuthorizationKey (or hides a key name behind \\u escapes), and
     * the user info and query of every URI in a string.
     */
    public static String masked(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String out = lower.contains("authorizationkey") || text.contains("\\u") ? valuesMasked(text) : text;
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

    private static String valuesMasked(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher key = VALUE_KEY.matcher(text);
        int copied = 0;
        while (key.find(copied)) {
            out.append(text, copied, key.end()).append('"').append(MASK).append('"');
            copied = valueEnd(text, key.end());
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Where the JSON value starting at {@code start} ends: a string, nested brackets, or a bare number or literal. */
    private static int valueEnd(String text, int start) {
        int depth = 0;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                i = stringEnd(text, i);
                if (depth == 0) {
                    return i;
                }
                continue;
            }
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}' || c == ',' || Character.isWhitespace(c)) {
                if (depth == 0) {
                    return i;
                }
                if (c == ']' || c == '}') {
                    depth--;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            }
            i++;
        }
        return i;
    }

    private static int stringEnd(String text, int quote) {
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    /**
     * A location as it may be logged: {@code ftp://user:secret@host/x?token=1} becomes {@code ftp://***@host/x?***}.
     * The one form for every log line and message that shows a location (firmware, file transfer, frames).
     */
    public static String location(String text) {
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) { // never from a URI: untrusted text, kept on one line
            return location(escaped(text));
        }
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
