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
}
