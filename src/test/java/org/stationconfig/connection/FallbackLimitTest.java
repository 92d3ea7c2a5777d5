package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.charging.ActiveLimit;
import org.stationconfig.status.ConnectionStatus;

/** SPEC §4: offline, the offered current is capped at the fallback limit; back online the cap is lifted. */
@MicronautTest(transactional = false)
class FallbackLimitTest extends StationUnderTest {

    @Test
    void theFallbackLimitAppliesWhileTheCentralSystemIsGoneAndIsLiftedWhenItIsBack() {
        commission("CP-FB", Map.of("fallbackLimit", 10));
        ConnectionStatus online = awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state().name().equals("CONNECTED"));
        assertEquals(ActiveLimit.Source.HARDWARE, online.activeLimit().source());

        csms.refuseUpgradeWith = 503;
        csms.close("CP-FB", 1001, "going down");
        ConnectionStatus offline = awaitStatus(s -> s.activeLimit().source() == ActiveLimit.Source.FALLBACK);
        assertEquals(0, new BigDecimal("10").compareTo(offline.activeLimit().amps()));
        assertTrue(offline.activeLimit().reason().contains("not connected"));

        csms.refuseUpgradeWith = 0;
        ConnectionStatus back = awaitStatus(s -> s.state().name().equals("CONNECTED") && s.activeLimit().source() == ActiveLimit.Source.HARDWARE);
        assertEquals(0, new BigDecimal("32").compareTo(back.activeLimit().amps()));
    }

    @Test
    void aFallbackBelowSixAmpsMeansNoChargingWhileOffline() {
        change(Map.of("fallbackLimit", 4, "enabled", true, "centralSystemUrl", "ws://127.0.0.1:1/nothing"));
        ConnectionStatus offline = awaitStatus(s -> s.activeLimit().source() == ActiveLimit.Source.FALLBACK);
        assertEquals(0, BigDecimal.ZERO.compareTo(offline.activeLimit().amps()));
        assertTrue(offline.activeLimit().reason().contains("below 6 A"));
    }
}
