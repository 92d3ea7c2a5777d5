package org.stationconfig.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The value of the Date header an origin server with a clock must send (RFC 9110 §6.6.1), in Micronaut's format, made
 * once per second instead of once per response: formatting it was 3 % of the CPU of {@code GET /api/v1/settings}
 * (issue 12). A response that already has a Date keeps it: Micronaut then adds none.
 */
public final class DateHeader {

    private static volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

    private DateHeader() {
    }

    /** The Date header's value now. */
    public static String now() {
        return at(System.currentTimeMillis());
    }

    static String at(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        Stamp stamp = last;
        if (stamp.second != second) {
            stamp = new Stamp(second, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC)));
            last = stamp;
        }
        return stamp.text;
    }

    private record Stamp(long second, String text) {
    }
}
