package org.stationconfig.station.connector;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.csms.CentralSystemScript.Received;
import org.stationconfig.station.StationScenario;

/** Every status change reaches the central system (S16 §4.9), once it has held MinimumStatusDuration. */
@MicronautTest(transactional = false)
class StatusNotificationTest extends StationScenario {

    @Test
    void pluggingInAndOutIsReportedWithTheTimeOfTheChange() {
        commission("CP-SN-1", Map.of());
        csms.awaitCalls("CP-SN-1", "StatusNotification", 3, WITHIN); // after boot: 0, 1, 2
        Instant before = Instant.now();
        plug(2);
        unplug(2);
        List<Received> calls = csms.awaitCalls("CP-SN-1", "StatusNotification", 5, WITHIN);
        assertEquals(List.of("2 Preparing NoError", "2 Available NoError"), describe(calls.subList(3, 5)));
        Instant stamped = Instant.parse(calls.get(3).payload().get("timestamp").getStringValue());
        assertTrue(!stamped.isBefore(before.minusSeconds(1)), stamped + " is the time of the change");
    }

    @Test
    void aFaultIsReportedWithItsErrorCode() {
        commission("CP-SN-2", Map.of());
        csms.awaitCalls("CP-SN-2", "StatusNotification", 3, WITHIN);
        simulate(1, "fault", Map.of("errorCode", "HighTemperature"));
        List<Received> calls = csms.awaitCalls("CP-SN-2", "StatusNotification", 4, WITHIN);
        assertEquals("1 Faulted HighTemperature", describe(calls.get(3)));
    }

    @Test
    void aStatusThatDoesNotHoldForMinimumStatusDurationIsNeverReported() {
        commission("CP-SN-3", Map.of("minimumStatusDuration", 2));
        csms.awaitCalls("CP-SN-3", "StatusNotification", 3, WITHIN);
        plug(1);
        unplug(1);
        await().during(Duration.ofSeconds(3)).atMost(WITHIN)
                .until(() -> csms.calls("CP-SN-3", "StatusNotification").size() == 3);

        plug(1);
        Instant plugged = Instant.now();
        List<Received> calls = csms.awaitCalls("CP-SN-3", "StatusNotification", 4, WITHIN);
        assertEquals("1 Preparing NoError", describe(calls.get(3)));
        assertTrue(Duration.between(plugged, calls.get(3).at()).toMillis() >= 1900,
                "sent only after the status held 2 s");
    }

    @Test
    void anAuthorisedStartWithoutACableIsCancelledAfterConnectionTimeOut() {
        commission("CP-SN-4", Map.of("authorizationMode", "ANY_TAG", "connectionTimeOut", 1));
        csms.awaitCalls("CP-SN-4", "StatusNotification", 3, WITHIN);
        tag(1, "TAG-1");
        List<Received> calls = csms.awaitCalls("CP-SN-4", "StatusNotification", 5, WITHIN);
        assertEquals(List.of("1 Preparing NoError", "1 Available NoError"), describe(calls.subList(3, 5)));
        assertEquals("Available", status(1));
        plug(1);
        await().during(Duration.ofMillis(500)).atMost(WITHIN).until(() -> !charging(1));
        assertEquals(0, csms.calls("CP-SN-4", "StartTransaction").size(), "the cancelled start stays cancelled");
    }

    @Test
    void theSameTagAgainCancelsAStartThatWaitsForTheCable() {
        set(Map.of("authorizationMode", "ANY_TAG"));
        tag(2, "TAG-2");
        awaitStatus(2, "Preparing");
        tag(2, "tag-2"); // id tags are case-insensitive
        awaitStatus(2, "Available");
    }

    private static List<String> describe(List<Received> calls) {
        return calls.stream().map(StatusNotificationTest::describe).toList();
    }

    private static String describe(Received call) {
        return call.payload().get("connectorId").getIntValue() + " " + call.payload().get("status").getStringValue()
                + " " + call.payload().get("errorCode").getStringValue();
    }
}
