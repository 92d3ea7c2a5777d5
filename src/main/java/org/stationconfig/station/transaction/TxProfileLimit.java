package org.stationconfig.station.transaction;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.stationconfig.ocpp.v16.types.ChargingProfile;
import org.stationconfig.ocpp.v16.types.ChargingProfilePurpose;
import org.stationconfig.ocpp.v16.types.ChargingRateUnit;
import org.stationconfig.ocpp.v16.types.ChargingSchedule;
import org.stationconfig.ocpp.v16.types.ChargingSchedulePeriod;
import org.stationconfig.ocpp.v16.types.RecurrencyKind;

/**
 * The current a TxProfile given with RemoteStartTransaction allows at a moment of its transaction (S16 §3.13,
 * §5.11): the period in force of its schedule, which starts at {@code startSchedule} (Absolute), at the transaction's
 * start (Relative) or at the latest daily/weekly recurrence (Recurring), within validFrom/validTo and the schedule's
 * duration. A limit in watts is turned into amps per phase with the supply voltage. Empty: the profile sets no limit.
 */
public final class TxProfileLimit {

    private TxProfileLimit() {
    }

    public static Optional<BigDecimal> amps(ChargingProfile profile, Instant transactionStart, Instant now,
                                            BigDecimal voltage, int stationPhases) {
        if (profile.validFrom() != null && now.isBefore(profile.validFrom())
                || profile.validTo() != null && !now.isBefore(profile.validTo())) {
            return Optional.empty();
        }
        ChargingSchedule schedule = profile.chargingSchedule();
        Instant start = start(profile, transactionStart, now);
        Duration elapsed = Duration.between(start, now);
        if (elapsed.isNegative() || schedule.duration() != null && elapsed.getSeconds() >= schedule.duration()) {
            return Optional.empty();
        }
        return schedule.chargingSchedulePeriod().stream()
                .filter(period -> period.startPeriod() <= elapsed.getSeconds())
                .max(Comparator.comparingInt(ChargingSchedulePeriod::startPeriod))
                .map(period -> schedule.chargingRateUnit() == ChargingRateUnit.A ? period.limit()
                        : watts(period, voltage, stationPhases));
    }

    private static Instant start(ChargingProfile profile, Instant transactionStart, Instant now) {
        Instant startSchedule = profile.chargingSchedule().startSchedule();
        return switch (profile.chargingProfileKind()) {
            case Relative -> transactionStart;
            case Absolute -> startSchedule == null ? transactionStart : startSchedule;
            case Recurring -> {
                Instant first = startSchedule == null ? transactionStart : startSchedule;
                Duration cycle = profile.recurrencyKind() == RecurrencyKind.Weekly ? Duration.ofDays(7) : Duration.ofDays(1);
                long cycles = now.isBefore(first) ? 0 : Duration.between(first, now).toMillis() / cycle.toMillis();
                yield first.plus(cycle.multipliedBy(cycles));
            }
        };
    }

    /** W → A per phase: the period's phase count (default 3, S16 ch.7), at most the station's. */
    private static BigDecimal watts(ChargingSchedulePeriod period, BigDecimal voltage, int stationPhases) {
        int phases = Math.min(period.numberPhases() == null ? 3 : period.numberPhases(), stationPhases);
        return period.limit().divide(voltage.multiply(BigDecimal.valueOf(Math.max(phases, 1))), MathContext.DECIMAL64);
    }

    /** Whether a profile may come with RemoteStartTransaction: a TxProfile without a transactionId (S16 §5.11). */
    public static boolean acceptableForRemoteStart(@Nullable ChargingProfile profile) {
        return profile == null
                || profile.chargingProfilePurpose() == ChargingProfilePurpose.TxProfile && profile.transactionId() == null;
    }
}
