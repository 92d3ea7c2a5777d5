package org.stationconfig.station.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.station.StationScenario;

/**
 * Issue 13.5: ResetRetries was accepted and reported RW but nothing read it. A reset whose restart step fails is
 * tried again up to ResetRetries times; past them the station gives up and takes the next Reset. Here over the real
 * WebSocket; the timing and giving up, to the millisecond, in {@code ResetRetriesOnVirtualClockTest}.
 */
@MicronautTest(transactional = false)
class ResetRetriesTest extends StationScenario {

    @Inject
    FailingResetRestart restartStep;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(super.extraProperties());
        properties.put("test.failing-reset-restart", "true");
        properties.put("station.reset.retry-wait", "1s");
        return properties;
    }

    @Test
    void aFailedRestartIsRetriedUpToResetRetriesTimesAndTheStationBootsAgain() {
        commission("CP-RETRY-1", Map.of("resetRetries", 2));
        restartStep.tries.set(0);
        restartStep.failNext.set(2);

        assertEquals("Accepted", reset("CP-RETRY-1", "Hard"));
        csms.awaitCalls("CP-RETRY-1", "BootNotification", 2, WITHIN);
        assertEquals(3, restartStep.tries.get(), "the first try and two retries");
    }

    private String reset(String chargePointId, String type) {
        return callStation(chargePointId, "Reset", "{\"type\":\"" + type + "\"}").get("status").getStringValue();
    }
}
