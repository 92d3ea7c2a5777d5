package org.stationconfig.diagnostics;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;

/**
 * The entries a request asks for: GetDiagnostics startTime/stopTime, GetLog oldestTimestamp/latestTimestamp;
 * either end may be open. Both ends included.
 */
public record TimeWindow(@Nullable Instant from, @Nullable Instant to) {

    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999Z");

    public static TimeWindow all() {
        return new TimeWindow(null, null);
    }

    public boolean contains(Instant at) {
        return (from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to));
    }

    /**
     * The same window on another clock: the request is in the central system's time, which the station's clock may
     * follow with an offset (SPEC: clockSource CSMS), while log entries carry the system clock's time.
     */
    public TimeWindow shiftedBy(Duration offset) {
        return new TimeWindow(from == null ? null : from.plus(offset), to == null ? null : to.plus(offset));
    }

    Instant fromOrFirst() {
        return from == null ? Instant.EPOCH : from;
    }

    Instant toOrLast() {
        return to == null ? LAST : to;
    }
}
