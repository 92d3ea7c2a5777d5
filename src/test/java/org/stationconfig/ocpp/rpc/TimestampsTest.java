package org.stationconfig.ocpp.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void writesUtcWithSecondsAndZ() {
        assertEquals("2026-11-22T10:15:30Z", Timestamps.format(Instant.parse("2026-11-22T10:15:30Z")));
        assertEquals("2026-11-22T10:15:00Z", Timestamps.format(Instant.parse("2026-11-22T10:15:00Z")), "seconds even when zero");
    }

    @Test
    void dropsSubSecondDigits() {
        assertEquals("2026-11-22T10:15:30Z", Timestamps.format(Instant.parse("2026-11-22T10:15:30.987654321Z")));
    }

    @Test
    void readsZuluOffsetsFractionsAndZoneless() {
        assertEquals(Instant.parse("2026-11-22T10:15:30Z"), Timestamps.parse("2026-11-22T10:15:30Z").orElseThrow());
        assertEquals(Instant.parse("2026-11-22T08:15:30Z"), Timestamps.parse("2026-11-22T10:15:30+02:00").orElseThrow());
        assertEquals(Instant.parse("2026-11-22T10:15:30.5Z"), Timestamps.parse("2026-11-22T10:15:30.500Z").orElseThrow());
        assertEquals(Instant.parse("2026-11-22T10:15:30Z"), Timestamps.parse("2026-11-22T10:15:30").orElseThrow());
    }

    @Test
    void refusesWhatIsNotADateTime() {
        assertTrue(Timestamps.parse("2026-11-22").isEmpty());
        assertTrue(Timestamps.parse("22.11.2026 10:15").isEmpty());
        assertTrue(Timestamps.parse("2026-11-22T10:15:30Z[GMT]").isEmpty());
        assertTrue(Timestamps.parse("").isEmpty());
    }

    /** The common shape is read by hand (issue 12, hot path): it must refuse what the general parser refuses. */
    @Test
    void theCommonShapeRefusesImpossibleDatesAndTimesAsTheGeneralParserDoes() {
        assertEquals(Instant.parse("2024-02-29T23:59:59Z"), Timestamps.parse("2024-02-29T23:59:59Z").orElseThrow());
        assertEquals(Instant.parse("0000-01-01T00:00:00Z"), Timestamps.parse("0000-01-01T00:00:00Z").orElseThrow());
        for (String impossible : new String[] {"2026-13-01T10:15:30Z", "2026-02-29T10:15:30Z", "2026-11-31T10:15:30Z",
                "2026-11-22T24:00:00Z", "2026-11-22T10:60:30Z", "2026-11-22T10:15:60Z", "2026-11-22T1a:15:30Z",
                "2026-11-22T10:15:3-Z", "+026-11-22T10:15:30Z", "2026-11-22 10:15:30Z"}) {
            assertTrue(Timestamps.parse(impossible).isEmpty(), impossible);
        }
        assertEquals(Instant.parse("2026-11-22T10:15:30Z"), Timestamps.parse("2026-11-22t10:15:30z").orElseThrow(),
                "lower case is the general parser's business, as before");
    }
}
