package org.stationconfig.ocpp.rpc;

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
}
