package org.stationconfig.charging.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stationconfig.charging.LimitPeriod;
import org.stationconfig.charging.LimitProfile;
import org.stationconfig.charging.LimitSchedule;
import org.stationconfig.charging.ProfileKind;
import org.stationconfig.charging.Recurrence;

/**
 * When one charging profile's periods are in force (S16 §3.13, ch.7): its schedule starts at {@code startSchedule}
 * (Absolute), at the transaction's start (Relative), or at the latest daily or weekly recurrence of
 * {@code startSchedule} (Recurring; days of 24 hours on the station's UTC clock); it ends after the schedule's
 * duration, and the profile counts only within validFrom/validTo.
 */
final class ProfileClock {

    private ProfileClock() {
    }

    /**
     * The period in force at {@code at}; empty when the profile sets no limit then.
     *
     * @param relativeStart the transaction's start, or the moment asked about when no transaction runs
     */
    static Optional<LimitPeriod> periodAt(LimitProfile profile, Instant relativeStart, Instant at) {
        if (!valid(profile, at)) {
            return Optional.empty();
        }
        Instant start = scheduleStart(profile, relativeStart, at);
        LimitSchedule schedule = profile.chargingSchedule();
        long elapsed = Duration.between(start, at).getSeconds();
        if (at.isBefore(start) || schedule.duration() != null && elapsed >= schedule.duration()) {
            return Optional.empty();
        }
        return schedule.chargingSchedulePeriod().stream()
                .filter(period -> period.startPeriod() <= elapsed)
                .max(Comparator.comparingInt(LimitPeriod::startPeriod));
    }

    /** Every moment in [from, to) at which the profile's limit may change: periods, durations, recurrences, validity. */
    static List<Instant> changes(LimitProfile profile, Instant relativeStart, Instant from, Instant to) {
        List<Instant> moments = new ArrayList<>();
        if (profile.validFrom() != null) {
            moments.add(profile.validFrom());
        }
        if (profile.validTo() != null) {
            moments.add(profile.validTo());
        }
        LimitSchedule schedule = profile.chargingSchedule();
        Instant start = scheduleStart(profile, relativeStart, from);
        Optional<Duration> cycle = cycle(profile);
        do {
            for (LimitPeriod period : schedule.chargingSchedulePeriod()) {
                moments.add(start.plusSeconds(period.startPeriod()));
            }
            if (schedule.duration() != null) {
                moments.add(start.plusSeconds(schedule.duration()));
            }
            start = cycle.map(start::plus).orElse(to);
        } while (start.isBefore(to));
        moments.add(start); // the next recurrence, if any, starts afresh
        return moments.stream().filter(m -> !m.isBefore(from) && m.isBefore(to)).toList();
    }

    private static boolean valid(LimitProfile profile, Instant at) {
        return (profile.validFrom() == null || !at.isBefore(profile.validFrom()))
                && (profile.validTo() == null || at.isBefore(profile.validTo()));
    }

    /** The start of the schedule occurrence that is (or was last) running at {@code at}. */
    private static Instant scheduleStart(LimitProfile profile, Instant relativeStart, Instant at) {
        Instant startSchedule = profile.chargingSchedule().startSchedule();
        return switch (profile.chargingProfileKind()) {
            case Relative -> relativeStart;
            case Absolute -> startSchedule == null ? relativeStart : startSchedule;
            case Recurring -> {
                Instant first = startSchedule == null ? relativeStart : startSchedule;
                Duration cycle = cycle(profile).orElseThrow();
                long cycles = at.isBefore(first) ? 0 : Duration.between(first, at).toMillis() / cycle.toMillis();
                yield first.plus(cycle.multipliedBy(cycles));
            }
        };
    }

    private static Optional<Duration> cycle(LimitProfile profile) {
        if (profile.chargingProfileKind() != ProfileKind.Recurring) {
            return Optional.empty();
        }
        return Optional.of(profile.recurrencyKind() == Recurrence.Weekly ? Duration.ofDays(7) : Duration.ofDays(1));
    }
}
