package org.stationconfig.charging.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.charging.schedule.CompositeScheduleTest.period;
import static org.stationconfig.charging.schedule.CompositeScheduleTest.profile;
import static org.stationconfig.charging.schedule.CompositeScheduleTest.schedule;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stationconfig.charging.LimitPeriod;
import org.stationconfig.charging.LimitProfile;
import org.stationconfig.charging.LimitSchedule;
import org.stationconfig.charging.ProfileKind;
import org.stationconfig.charging.ProfilePurpose;
import org.stationconfig.charging.RateUnit;
import org.stationconfig.charging.Recurrence;

/**
 * Issue 11, hole 3: a GetCompositeSchedule of 2^31 s over daily recurring profiles tied up the station thread
 * computing 68 years of periods. The longest schedule served is 7 days, and the answer's duration says so.
 */
class LongestCompositeScheduleTest {

    private static final Supply SUPPLY = new Supply(BigDecimal.valueOf(230), 3, BigDecimal.valueOf(32));
    private static final Instant NOW = Instant.parse("2026-03-01T22:00:00Z");
    private static final int WEEK = 7 * 24 * 3600;

    /** A daily profile with 48 half-hour periods (ChargingScheduleMaxPeriods), alternating 10 and 16 A. */
    private static LimitProfile busyDaily(int id, int stackLevel) {
        LimitPeriod[] periods = IntStream.range(0, 48)
                .mapToObj(i -> period(i * 1800, i % 2 == 0 ? "10" : "16")).toArray(LimitPeriod[]::new);
        return profile(id, ProfilePurpose.TxDefaultProfile, stackLevel, ProfileKind.Recurring,
                Recurrence.Daily, schedule(RateUnit.A, 86400, NOW.minusSeconds(86400 * 3), periods));
    }

    @Test
    void aScheduleOf68YearsIsServedAsTheLongestScheduleInBoundedTime() {
        ProfileSet set = new ProfileSet(List.of(), List.of(busyDaily(1, 0), busyDaily(2, 1)), List.of(), List.of());
        LimitSchedule served = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CompositeSchedule.compose(set, NOW, NOW, Integer.MAX_VALUE, RateUnit.W, SUPPLY));
        assertEquals(WEEK, served.duration());
        assertEquals(7 * 48, served.chargingSchedulePeriod().size());
        assertTrue(served.chargingSchedulePeriod().stream().allMatch(p -> p.startPeriod() < WEEK));
    }

    @Test
    void aScheduleWithinTheLongestIsServedAsAsked() {
        ProfileSet set = new ProfileSet(List.of(), List.of(busyDaily(1, 0)), List.of(), List.of());
        assertEquals(3600, CompositeSchedule.compose(set, NOW, NOW, 3600, RateUnit.A, SUPPLY).duration());
        assertEquals(WEEK, CompositeSchedule.compose(set, NOW, NOW, WEEK, RateUnit.A, SUPPLY).duration());
        assertEquals(WEEK, CompositeSchedule.compose(set, NOW, NOW, WEEK + 1, RateUnit.A, SUPPLY).duration());
    }
}
