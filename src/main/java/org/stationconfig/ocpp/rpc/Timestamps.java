package org.stationconfig.ocpp.rpc;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** OCPP dateTime: ISO-8601 [S16 §3.1], written in UTC with seconds and 'Z'. */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * E.g. {@code 2026-11-22T10:15:30Z}. Truncated to whole seconds: 1.6 needs no finer resolution and some
     * central systems parse a fixed {@code yyyy-MM-dd'T'HH:mm:ss'Z'} pattern. Never an offset or a zone id
     * (Java-OCA-OCPP #114/#145 wrote {@code ...Z[GMT]}).
     */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Accepts 'Z' or a numeric offset, any fraction; a value without zone is taken as UTC (S16 advises UTC). */
    public static Optional<Instant> parse(String text) {
        Instant common = commonShape(text);
        if (common != null) {
            return Optional.of(common);
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException withOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException withoutOffset) {
                return Optional.empty();
            }
        }
    }

    /**
     * The shape {@link #format} writes and most central systems send, {@code 2026-11-22T10:15:30Z}, read without the
     * general parser (a tenth of a round trip's CPU went into it); null for any other text, or an impossible date or
     * time, which the general parser then judges.
     */
    private static Instant commonShape(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 if any of it is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
