package org.stationconfig.settings.api;

/** Reads an If-Match header holding a settings ETag ({@code "12"} or {@code W/"12"}); {@code *} matches anything. */
final class IfMatch {

    private IfMatch() {
    }

    /** The version asked for, null for none or {@code *}; -1 for a tag that can never match. */
    static Long version(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
