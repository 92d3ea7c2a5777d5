package org.stationconfig.charging.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stationconfig.charging.LimitPeriod;
import org.stationconfig.charging.LimitProfile;
import org.stationconfig.charging.LimitSchedule;
import org.stationconfig.charging.ProfileKind;
import org.stationconfig.charging.ProfilePurpose;
import org.stationconfig.charging.RateUnit;
import org.stationconfig.charging.Recurrence;

/** The composite schedule (S16 §3.13, §5.7), case by case. A station of 3 phases at 230 V that can offer 32 A. */
class CompositeScheduleTest {

    private static final Supply SUPPLY = new Supply(BigDecimal.valueOf(230), 3, BigDecimal.valueOf(32));
    /** A Sunday, 22:00 UTC: two hours before midnight and the start of a week (Monday). */
    private static final Instant NOW = Instant.parse("2026-03-01T22:00:00Z");

    @Test
    void withoutProfilesTheHardwareDecidesAndNothingLimitsTheCurrent() {
        ProfileSet none = new ProfileSet(List.of(), List.of(), List.of(), List.of());
        assertEquals(Optional.empty(), CompositeSchedule.ampsAt(none, NOW, NOW, SUPPLY));
        assertEquals(List.of(period(0, "32")), compose(none, NOW, 3600, RateUnit.A).chargingSchedulePeriod());
    }

    @Test
    void aRelativeProfileRunsFromTheTransactionStartUntilItsDuration() {
        LimitProfile tx = profile(1, ProfilePurpose.TxProfile, 0, ProfileKind.Relative, null,
                schedule(RateUnit.A, 1800, null, period(0, "16"), period(600, "10")));
        ProfileSet set = tx(tx);
        Instant start = NOW.minusSeconds(300);
        assertEquals(amps("16"), CompositeSchedule.ampsAt(set, start, NOW, SUPPLY));
        assertEquals(amps("10"), CompositeSchedule.ampsAt(set, start, start.plusSeconds(600), SUPPLY));
        assertEquals(Optional.empty(), CompositeSchedule.ampsAt(set, start, start.plusSeconds(1800), SUPPLY),
                "after its duration the profile sets nothing");
        assertEquals(List.of(period(0, "16"), period(600, "10"), period(1800, "32")),
                compose(set, start, 3600, RateUnit.A).chargingSchedulePeriod());
    }

    @Test
    void theHighestStackLevelInForceWinsAndALowerOneShowsThroughWhenItEnds() {
        LimitProfile base = profile(1, ProfilePurpose.TxDefaultProfile, 0, ProfileKind.Absolute, null,
                schedule(RateUnit.A, null, NOW.minusSeconds(3600), period(0, "20")));
        LimitProfile peak = profile(2, ProfilePurpose.TxDefaultProfile, 5, ProfileKind.Absolute, null,
                schedule(RateUnit.A, 1800, NOW.plusSeconds(600), period(0, "8")));
        ProfileSet set = new ProfileSet(List.of(), List.of(base, peak), List.of(), List.of());
        assertEquals(List.of(period(0, "20"), period(600, "8"), period(2400, "20")),
                compose(set, NOW, 3600, RateUnit.A).chargingSchedulePeriod());
    }

    @Test
    void aHigherStackLevelWinsEvenWhenItAllowsMore() {
        LimitProfile low = profile(1, ProfilePurpose.TxDefaultProfile, 1, ProfileKind.Relative, null,
                schedule(RateUnit.A, null, null, period(0, "10")));
        LimitProfile high = profile(2, ProfilePurpose.TxDefaultProfile, 2, ProfileKind.Relative, null,
                schedule(RateUnit.A, null, null, period(0, "25")));
        assertEquals(amps("25"), CompositeSchedule.ampsAt(
                new ProfileSet(List.of(), List.of(low, high), List.of(), List.of()), NOW, NOW, SUPPLY));
    }

    @Test
    void aTxProfileOverridesTheTxDefaultProfilesAndAConnectorsDefaultOverridesConnectorZeros() {
        LimitProfile stationDefault = relative(1, ProfilePurpose.TxDefaultProfile, 9, "10");
        LimitProfile connectorDefault = relative(2, ProfilePurpose.TxDefaultProfile, 0, "14");
        LimitProfile tx = relative(3, ProfilePurpose.TxProfile, 0, "30");
        assertEquals(amps("10"), at(new ProfileSet(List.of(), List.of(stationDefault), List.of(), List.of())));
        assertEquals(amps("14"), at(new ProfileSet(List.of(), List.of(stationDefault), List.of(connectorDefault), List.of())),
                "a connector's own default, even at a lower stack level than connector 0's");
        assertEquals(amps("30"), at(new ProfileSet(List.of(), List.of(stationDefault), List.of(connectorDefault), List.of(tx))));
    }

    @Test
    void theChargePointMaxProfileCapsWhateverTheTransactionsProfilesAllow() {
        LimitProfile max = profile(1, ProfilePurpose.ChargePointMaxProfile, 0, ProfileKind.Absolute,
                null, schedule(RateUnit.A, null, NOW.minusSeconds(60), period(0, "16"), period(1860, "40")));
        LimitProfile tx = relative(2, ProfilePurpose.TxProfile, 0, "20");
        ProfileSet set = new ProfileSet(List.of(max), List.of(), List.of(), List.of(tx));
        assertEquals(amps("16"), at(set));
        assertEquals(List.of(period(0, "16"), period(1800, "20")),
                compose(set, NOW, 3600, RateUnit.A).chargingSchedulePeriod(),
                "then the TxProfile's 20 A, below the station maximum's 40 A");
        assertEquals(List.of(period(0, "16"), period(1800, "32")),
                compose(ProfileSet.station(List.of(max)), NOW, 3600, RateUnit.A).chargingSchedulePeriod(),
                "connector 0: the station's cap, and above it the hardware's 32 A");
    }

    @Test
    void aDailyProfileRecursAcrossMidnight() {
        // 23:00–01:00 at 6 A, else 32 A: a schedule starting daily at 23:00 with a 2-hour period
        LimitProfile nightly = profile(1, ProfilePurpose.TxDefaultProfile, 0, ProfileKind.Recurring,
                Recurrence.Daily, schedule(RateUnit.A, 7200, Instant.parse("2026-02-01T23:00:00Z"),
                        period(0, "6")));
        ProfileSet set = new ProfileSet(List.of(), List.of(nightly), List.of(), List.of());
        assertEquals(List.of(period(0, "32"), period(3600, "6"), period(3 * 3600, "32"), period(25 * 3600, "6")),
                compose(set, NOW, 26 * 3600, RateUnit.A).chargingSchedulePeriod());
        assertEquals(amps("6"), CompositeSchedule.ampsAt(set, NOW, Instant.parse("2026-03-02T00:30:00Z"), SUPPLY),
                "the occurrence that began yesterday still runs after midnight");
    }

    @Test
    void aWeeklyProfileRecursAcrossTheWeekBoundary() {
        // every Monday 00:00 for 6 hours: 10 A (2026-02-02 was a Monday)
        LimitProfile monday = profile(1, ProfilePurpose.ChargePointMaxProfile, 0, ProfileKind.Recurring,
                Recurrence.Weekly, schedule(RateUnit.A, 6 * 3600, Instant.parse("2026-02-02T00:00:00Z"),
                        period(0, "10")));
        ProfileSet set = ProfileSet.station(List.of(monday));
        assertEquals(List.of(period(0, "32"), period(2 * 3600, "10"), period(8 * 3600, "32")),
                compose(set, NOW, 24 * 3600, RateUnit.A).chargingSchedulePeriod());
        assertEquals(Optional.empty(), CompositeSchedule.ampsAt(set, NOW, Instant.parse("2026-03-03T01:00:00Z"), SUPPLY),
                "Tuesday is not Monday");
    }

    @Test
    void validFromAndValidToBoundAProfile() {
        LimitProfile bounded = new LimitProfile(1, null, 0, ProfilePurpose.TxDefaultProfile,
                ProfileKind.Relative, null, NOW.plusSeconds(600), NOW.plusSeconds(1200),
                schedule(RateUnit.A, null, null, period(0, "12")));
        ProfileSet set = new ProfileSet(List.of(), List.of(bounded), List.of(), List.of());
        assertEquals(List.of(period(0, "32"), period(600, "12"), period(1200, "32")),
                compose(set, NOW, 3600, RateUnit.A).chargingSchedulePeriod());
    }

    @Test
    void wattsAndAmpsConvertAtTheSupplyVoltageWithThePeriodsPhases() {
        LimitProfile watts = profile(1, ProfilePurpose.TxProfile, 0, ProfileKind.Relative, null,
                schedule(RateUnit.W, null, null, period(0, "6900"),
                        new LimitPeriod(600, new BigDecimal("2300"), 1)));
        ProfileSet set = tx(watts);
        assertEquals(0, BigDecimal.TEN.compareTo(at(set).orElseThrow()), "6900 W over 3 × 230 V");
        assertEquals(0, BigDecimal.TEN.compareTo(CompositeSchedule.ampsAt(set, NOW, NOW.plusSeconds(600), SUPPLY)
                .orElseThrow()), "2300 W on one phase");
        LimitSchedule inWatts = compose(set, NOW, 1200, RateUnit.W);
        assertEquals(RateUnit.W, inWatts.chargingRateUnit());
        assertEquals(List.of(period(0, "6900"), new LimitPeriod(600, new BigDecimal("2300"), 1)),
                inWatts.chargingSchedulePeriod());
    }

    @Test
    void theScheduleStartsAtTheWholeSecondAskedFromAndLastsTheDurationAsked() {
        LimitSchedule schedule = compose(new ProfileSet(List.of(), List.of(), List.of(), List.of()),
                NOW.plusMillis(700), 900, RateUnit.A);
        assertEquals(NOW, schedule.startSchedule());
        assertEquals(900, schedule.duration());
    }

    @Test
    void aTransactionThatStartedWithinTheSecondAskedFromCountsFromThatSecond() {
        LimitProfile tx = relative(1, ProfilePurpose.TxProfile, 0, "16");
        assertEquals(List.of(period(0, "16")), CompositeSchedule.compose(tx(tx), NOW.plusMillis(700), NOW.plusMillis(300),
                60, RateUnit.A, SUPPLY).chargingSchedulePeriod());
    }

    @Test
    void limitsAreRoundedDownToOneDecimal() {
        LimitProfile watts = relative(1, ProfilePurpose.TxProfile, 0, "0");
        LimitProfile odd = profile(1, ProfilePurpose.TxProfile, 0, ProfileKind.Relative, null,
                schedule(RateUnit.W, null, null, period(0, "10000")));
        assertEquals(List.of(period(0, "14.4")), compose(tx(odd), NOW, 60, RateUnit.A).chargingSchedulePeriod(),
                "10000 W / 690 V = 14.49 A");
        assertEquals(List.of(period(0, "0")), compose(tx(watts), NOW, 60, RateUnit.A).chargingSchedulePeriod());
    }

    @Test
    void aProfileIsNotInForceBeforeItsAbsoluteStart() {
        LimitProfile later = profile(1, ProfilePurpose.ChargePointMaxProfile, 0, ProfileKind.Absolute,
                null, schedule(RateUnit.A, null, NOW.plusSeconds(60), period(0, "6")));
        ProfileSet set = ProfileSet.station(List.of(later));
        assertEquals(Optional.empty(), at(set));
        assertEquals(List.of(period(0, "32"), period(60, "6")), compose(set, NOW, 120, RateUnit.A)
                .chargingSchedulePeriod());
    }

    private static ProfileSet tx(LimitProfile profile) {
        return new ProfileSet(List.of(), List.of(), List.of(), List.of(profile));
    }

    private static Optional<BigDecimal> at(ProfileSet set) {
        return CompositeSchedule.ampsAt(set, NOW, NOW, SUPPLY);
    }

    private static LimitSchedule compose(ProfileSet set, Instant from, int seconds, RateUnit unit) {
        return CompositeSchedule.compose(set, from, from, seconds, unit, SUPPLY);
    }

    private static LimitProfile relative(int id, ProfilePurpose purpose, int stackLevel, String amps) {
        return profile(id, purpose, stackLevel, ProfileKind.Relative, null,
                schedule(RateUnit.A, null, null, period(0, amps)));
    }

    static LimitProfile profile(int id, ProfilePurpose purpose, int stackLevel, ProfileKind kind,
                                   Recurrence recurrency, LimitSchedule schedule) {
        return new LimitProfile(id, null, stackLevel, purpose, kind, recurrency, null, null, schedule);
    }

    static LimitSchedule schedule(RateUnit unit, Integer duration, Instant start,
                                     LimitPeriod... periods) {
        return new LimitSchedule(duration, start, unit, new ArrayList<>(List.of(periods)), null);
    }

    static LimitPeriod period(int start, String limit) {
        return new LimitPeriod(start, new BigDecimal(limit), null);
    }

    private static Optional<BigDecimal> amps(String value) {
        return Optional.of(new BigDecimal(value));
    }
}
