package org.stationconfig.station.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.station.StationScenario;

/** ChangeAvailability (S16 §5.2), UnlockConnector (§5.18, errata 3.85) and DataTransfer (§5.6) from the central system. */
@MicronautTest(transactional = false)
class CoreOperationsScenarioTest extends StationScenario {

    @Test
    void inoperativeIsScheduledDuringTheTransactionAndAppliesWhenItEnds() {
        commission("CP-OPS-1", Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        tag(1, "TAG-SCHED");
        awaitStatus(1, "Charging");
        assertEquals("Scheduled", availability("CP-OPS-1", 1, "Inoperative"));
        assertEquals("Charging", status(1), "the transaction goes on");
        assertEquals(true, connector(1).get("available"), "not yet");
        assertEquals("Available", status(2), "only connector 1 was named");

        tag(1, "TAG-SCHED");
        csms.awaitCalls("CP-OPS-1", "StopTransaction", 1, WITHIN);
        awaitNotified("CP-OPS-1", 1, "Unavailable");
        assertEquals(false, connector(1).get("available"));
        plug(2);
        tag(2, "TAG-OTHER");
        awaitStatus(2, "Charging");
        tag(1, "TAG-NOPE"); // the answer comes after the station handled the tag
        assertFalse(charging(1), "nothing starts on the inoperative connector");
        assertEquals("Unavailable", status(1));

        assertEquals("Accepted", availability("CP-OPS-1", 1, "Operative"));
        awaitNotified("CP-OPS-1", 1, "Finishing"); // the cable of the ended transaction is still in
        assertEquals(true, connector(1).get("available"));
    }

    @Test
    void operativeCancelsAScheduledInoperative() {
        commission("CP-OPS-2", Map.of("authorizationMode", "ANY_TAG"));
        plug(2);
        tag(2, "TAG-CHANGE");
        awaitStatus(2, "Charging");
        assertEquals("Scheduled", availability("CP-OPS-2", 0, "Inoperative"));
        awaitStatus(1, "Unavailable"); // the idle connector at once
        assertEquals("Accepted", availability("CP-OPS-2", 2, "Operative"));
        tag(2, "TAG-CHANGE");
        awaitNotified("CP-OPS-2", 2, "Finishing");
        assertEquals(true, connector(2).get("available"));
        assertEquals("Accepted", availability("CP-OPS-2", 1, "Operative"));
        awaitStatus(1, "Available");
    }

    @Test
    void changeAvailabilityForAnUnknownConnectorIsRejectedAndChangesNothing() {
        commission("CP-OPS-3", Map.of());
        assertEquals("Rejected", availability("CP-OPS-3", 3, "Inoperative"));
        assertEquals(List.of(true, true), connectors().stream().map(c -> c.get("available")).toList());
    }

    @Test
    void unlockConnectorStopsTheTransactionAndReportsALockThatDoesNotMove() {
        commission("CP-OPS-4", Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        tag(1, "TAG-LOCK");
        awaitStatus(1, "Charging");
        simulate(1, "fault", Map.of("errorCode", "ConnectorLockFailure"));
        awaitStatus(1, "Faulted");
        assertEquals("UnlockFailed", unlock("CP-OPS-4", 1));
        assertEquals("UnlockCommand", csms.awaitCalls("CP-OPS-4", "StopTransaction", 1, WITHIN).get(0).payload()
                .get("reason").getStringValue(), "the transaction is stopped before the unlock is tried");

        assertEquals("Unlocked", unlock("CP-OPS-4", 2), "an idle connector unlocks");
        assertEquals("NotSupported", unlock("CP-OPS-4", 0), "connector 0 has no lock (errata 3.85)");
        assertEquals("NotSupported", unlock("CP-OPS-4", 3), "no such connector (errata 3.85)");
    }

    @Test
    void dataTransferKnowsNoVendorExtensions() {
        commission("CP-OPS-5", Map.of());
        JsonNode foreign = callStation("CP-OPS-5", "DataTransfer",
                "{\"vendorId\":\"com.example.other\",\"messageId\":\"Hello\",\"data\":\"x\"}");
        assertEquals("UnknownVendorId", foreign.get("status").getStringValue(), foreign.toString());
        String vendor = (String) ((Map<?, ?>) station().get("chargePoint")).get("chargePointVendor");
        JsonNode ours = callStation("CP-OPS-5", "DataTransfer", "{\"vendorId\":\"" + vendor.toLowerCase() + "\"}");
        assertEquals("UnknownMessageId", ours.get("status").getStringValue(), "our own vendor id, any case: " + ours);
    }

    private String availability(String chargePointId, int connectorId, String type) {
        return callStation(chargePointId, "ChangeAvailability", "{\"connectorId\":" + connectorId + ",\"type\":\"" + type
                + "\"}").get("status").getStringValue();
    }

    private String unlock(String chargePointId, int connectorId) {
        return callStation(chargePointId, "UnlockConnector", "{\"connectorId\":" + connectorId + "}").get("status")
                .getStringValue();
    }
}
