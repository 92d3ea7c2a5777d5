package org.stationconfig.station.metering;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** ClockAlignedDataInterval: intervals counted from midnight (UTC, the station's time zone) — errata 3.75. */
public final class AlignedSchedule {

    private AlignedSchedule() {
    }

    /** The first interval boundary strictly after {@code now}. */
    public static Instant next(Instant now, Duration interval) {
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        long step = interval.toMillis();
        long since = Duration.between(midnight, now).toMillis();
        Instant next = midnight.plusMillis((since / step + 1) * step);
        Instant nextMidnight = midnight.plus(Duration.ofDays(1));
        // an interval that does not divide the day restarts at midnight
        return next.isAfter(nextMidnight) ? nextMidnight : next;
    }
}
