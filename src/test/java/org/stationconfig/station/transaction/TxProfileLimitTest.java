package org.stationconfig.station.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.v16.types.ChargingProfile;
import org.stationconfig.ocpp.v16.types.ChargingProfileKind;
import org.stationconfig.ocpp.v16.types.ChargingProfilePurpose;
import org.stationconfig.ocpp.v16.types.ChargingRateUnit;
import org.stationconfig.ocpp.v16.types.ChargingSchedule;
import org.stationconfig.ocpp.v16.types.ChargingSchedulePeriod;
import org.stationconfig.ocpp.v16.types.RecurrencyKind;

/** The limit a RemoteStartTransaction's TxProfile sets during its transaction (S16 §3.13). */
class TxProfileLimitTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final BigDecimal VOLTS = BigDecimal.valueOf(230);
    private static final List<ChargingSchedulePeriod> STEPS = List.of(period(0, "16"), period(600, "10"));

    @Test
    void aRelativeScheduleRunsFromTheTransactionStartUntilItsDuration() {
        ChargingProfile profile = profile(ChargingProfileKind.Relative, null, null, schedule(ChargingRateUnit.A, 1800, null, STEPS));
        assertEquals(amps("16"), at(profile, Duration.ZERO));
        assertEquals(amps("16"), at(profile, Duration.ofSeconds(599)));
        assertEquals(amps("10"), at(profile, Duration.ofMinutes(10)));
        assertEquals(Optional.empty(), TxProfileLimit.amps(profile, START, START.plusSeconds(1800), VOLTS, 3),
                "after its duration the profile sets nothing");
    }

    @Test
    void anAbsoluteScheduleRunsFromItsStartSchedule() {
        ChargingProfile profile = profile(ChargingProfileKind.Absolute, null, null,
                schedule(ChargingRateUnit.A, null, START.minusSeconds(600), STEPS));
        assertEquals(amps("10"), at(profile, Duration.ZERO));
    }

    @Test
    void aRecurringScheduleStartsAgainEveryDay() {
        ChargingProfile profile = profile(ChargingProfileKind.Recurring, RecurrencyKind.Daily, null,
                schedule(ChargingRateUnit.A, null, START.minus(Duration.ofDays(3)), STEPS));
        assertEquals(amps("16"), at(profile, Duration.ofSeconds(30)));
        assertEquals(amps("10"), at(profile, Duration.ofHours(1)));
    }

    @Test
    void wattsBecomeAmpsPerPhaseAtTheSupplyVoltage() {
        ChargingProfile threePhase = profile(ChargingProfileKind.Relative, null, null,
                schedule(ChargingRateUnit.W, null, null, List.of(period(0, "6900"))));
        assertEquals(0, new BigDecimal("10").compareTo(at(threePhase, Duration.ZERO).orElseThrow()));
        ChargingProfile onePhase = profile(ChargingProfileKind.Relative, null, null,
                schedule(ChargingRateUnit.W, null, null, List.of(new ChargingSchedulePeriod(0, new BigDecimal("2300"), 1))));
        assertEquals(0, new BigDecimal("10").compareTo(at(onePhase, Duration.ZERO).orElseThrow()));
    }

    @Test
    void outsideItsValidityTheProfileSetsNothing() {
        ChargingProfile later = new ChargingProfile(1, null, 0, ChargingProfilePurpose.TxProfile,
                ChargingProfileKind.Relative, null, START.plusSeconds(60), null, schedule(ChargingRateUnit.A, null, null, STEPS));
        assertEquals(Optional.empty(), at(later, Duration.ZERO));
        assertEquals(amps("16"), at(later, Duration.ofSeconds(60)));
    }

    @Test
    void onlyATxProfileWithoutATransactionIdMayComeWithARemoteStart() {
        ChargingSchedule schedule = schedule(ChargingRateUnit.A, null, null, STEPS);
        assertTrue(TxProfileLimit.acceptableForRemoteStart(null));
        assertTrue(TxProfileLimit.acceptableForRemoteStart(profile(ChargingProfileKind.Relative, null, null, schedule)));
        assertFalse(TxProfileLimit.acceptableForRemoteStart(profile(ChargingProfileKind.Relative, null, 7, schedule)));
        assertFalse(TxProfileLimit.acceptableForRemoteStart(new ChargingProfile(1, null, 0,
                ChargingProfilePurpose.TxDefaultProfile, ChargingProfileKind.Relative, null, null, null, schedule)));
    }

    private static Optional<BigDecimal> at(ChargingProfile profile, Duration sinceStart) {
        return TxProfileLimit.amps(profile, START, START.plus(sinceStart), VOLTS, 3);
    }

    private static ChargingProfile profile(ChargingProfileKind kind, RecurrencyKind recurrency, Integer transactionId,
                                           ChargingSchedule schedule) {
        return new ChargingProfile(1, transactionId, 0, ChargingProfilePurpose.TxProfile, kind, recurrency, null, null,
                schedule);
    }

    private static ChargingSchedule schedule(ChargingRateUnit unit, Integer duration, Instant startSchedule,
                                             List<ChargingSchedulePeriod> periods) {
        return new ChargingSchedule(duration, startSchedule, unit, periods, null);
    }

    private static ChargingSchedulePeriod period(int start, String limit) {
        return new ChargingSchedulePeriod(start, new BigDecimal(limit), null);
    }

    private static Optional<BigDecimal> amps(String value) {
        return Optional.of(new BigDecimal(value));
    }
}
