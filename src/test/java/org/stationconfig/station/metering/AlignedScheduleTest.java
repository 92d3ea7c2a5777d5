package org.stationconfig.station.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ClockAlignedDataInterval boundaries count from midnight (errata 3.75). */
class AlignedScheduleTest {

    @Test
    void theNextBoundaryIsAMultipleOfTheIntervalSinceMidnight() {
        assertEquals(Instant.parse("2026-03-01T12:15:00Z"),
                AlignedSchedule.next(Instant.parse("2026-03-01T12:07:31Z"), Duration.ofMinutes(15)));
        assertEquals(Instant.parse("2026-03-01T12:30:00Z"),
                AlignedSchedule.next(Instant.parse("2026-03-01T12:15:00Z"), Duration.ofMinutes(15)),
                "strictly after: a boundary that just passed is not due again");
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"),
                AlignedSchedule.next(Instant.parse("2026-03-01T23:59:59.500Z"), Duration.ofSeconds(1)));
    }

    @Test
    void anIntervalThatDoesNotDivideTheDayStartsAgainAtMidnight() {
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"),
                AlignedSchedule.next(Instant.parse("2026-03-01T23:00:00Z"), Duration.ofHours(7)),
                "21:00 + 7 h would be 04:00 the next day");
    }
}
