package org.stationconfig.station.transaction;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.csms.CentralSystemScript.Received;
import org.stationconfig.station.RemoteControl;
import org.stationconfig.station.StationScenario;

/** Every way a transaction starts and stops, as the central system sees it (S16 §4.8, §4.10, §5.11, §5.12, §5.18). */
@MicronautTest(transactional = false)
class TransactionScenarioTest extends StationScenario {

    @Inject
    RemoteControl remote;

    @Test
    void aRemoteStartIsAuthorisedAndStartsWhenTheCableComes() {
        commission("CP-TX-1", Map.of());
        assertEquals("Accepted", remoteStart("CP-TX-1", "{\"connectorId\":2,\"idTag\":\"REMOTE-1\"}"));
        assertEquals("REMOTE-1", csms.awaitCalls("CP-TX-1", "Authorize", 1, WITHIN).get(0).payload().get("idTag").getStringValue());
        awaitStatus(2, "Preparing");
        plug(2);
        Received start = csms.awaitCalls("CP-TX-1", "StartTransaction", 1, WITHIN).get(0);
        assertEquals(2, start.payload().get("connectorId").getIntValue());
        assertEquals("REMOTE-1", start.payload().get("idTag").getStringValue());
        awaitStatus(2, "Charging");
    }

    @Test
    void withoutAuthorizeRemoteTxRequestsARemoteStartGoesToTheWaitingEvWithoutAsking() {
        commission("CP-TX-2", Map.of("authorizeRemoteTxRequests", false));
        plug(2);
        assertEquals("Accepted", remoteStart("CP-TX-2", "{\"idTag\":\"REMOTE-2\"}"));
        assertEquals(2, csms.awaitCalls("CP-TX-2", "StartTransaction", 1, WITHIN).get(0).payload().get("connectorId").getIntValue(),
                "without a connector the one with an EV waiting is chosen");
        assertEquals(0, csms.calls("CP-TX-2", "Authorize").size());
    }

    @Test
    void aRemoteStartOnAnUnknownOrBusyConnectorOrWithAForeignProfileIsRejected() {
        commission("CP-TX-3", Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        tag(1, "BUSY");
        awaitStatus(1, "Charging");
        assertEquals("Rejected", remoteStart("CP-TX-3", "{\"connectorId\":1,\"idTag\":\"R\"}"), "busy");
        assertEquals("Rejected", remoteStart("CP-TX-3", "{\"connectorId\":3,\"idTag\":\"R\"}"), "no such connector");
        assertEquals("Rejected", remoteStart("CP-TX-3", "{\"connectorId\":0,\"idTag\":\"R\"}"), "0 is the station");
        assertEquals("Rejected", remoteStart("CP-TX-3", "{\"connectorId\":2,\"idTag\":\"R\",\"chargingProfile\":"
                + "{\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\","
                + "\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\","
                + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":10}]}}}"), "only a TxProfile (S16 §5.11)");
        assertEquals("Rejected", remoteStart("CP-TX-3", "{\"connectorId\":2,\"idTag\":\"R\",\"chargingProfile\":"
                + txProfile(",\"transactionId\":5", "A", 10) + "}"), "a TxProfile for another transaction");
        assertEquals("Rejected", remoteStart("CP-TX-3", "{\"connectorId\":2,\"idTag\":\"R\",\"chargingProfile\":"
                + txProfile("", "A", 10).replace("\"stackLevel\":0", "\"stackLevel\":11") + "}"),
                "a TxProfile above ChargeProfileMaxStackLevel");
        assertEquals("Available", status(2), "nothing started");
        JsonNode tooLong = callStation("CP-TX-3", "RemoteStartTransaction", "{\"idTag\":\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"}");
        assertEquals(4, tooLong.get(0).getIntValue(), "a tag over 20 characters is a CALLERROR: " + tooLong);
        assertEquals(1, csms.calls("CP-TX-3", "StartTransaction").size());
    }

    @Test
    void aRemoteStopStopsTheTransactionItNamesAndRejectsUnknownIds() {
        commission("CP-TX-4", Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        tag(1, "TAG-RS");
        csms.awaitCalls("CP-TX-4", "StartTransaction", 1, WITHIN);
        await().atMost(WITHIN).until(() -> charging(1) && transaction(1).get("id") != null);
        int transactionId = ((Number) transaction(1).get("id")).intValue();
        assertEquals("Rejected", remoteStop("CP-TX-4", transactionId + 1000));
        assertEquals("Accepted", remoteStop("CP-TX-4", transactionId));
        Received stop = csms.awaitCalls("CP-TX-4", "StopTransaction", 1, WITHIN).get(0);
        assertEquals("Remote", stop.payload().get("reason").getStringValue());
        assertEquals(transactionId, stop.payload().get("transactionId").getIntValue());
        awaitStatus(1, "Finishing");
        assertEquals("Rejected", remoteStop("CP-TX-4", transactionId), "already stopped");
    }

    @Test
    void unpluggingAtTheEvStopsTheTransactionUnlessStopTransactionOnEVSideDisconnectIsOff() {
        commission("CP-TX-5", Map.of("authorizationMode", "ANY_TAG"));
        plug(2);
        tag(2, "TAG-EV");
        awaitStatus(2, "Charging");
        unplug(2);
        assertEquals("EVDisconnected", csms.awaitCalls("CP-TX-5", "StopTransaction", 1, WITHIN).get(0).payload()
                .get("reason").getStringValue());
        awaitStatus(2, "Available");

        set(Map.of("stopTransactionOnEVSideDisconnect", false));
        plug(2);
        tag(2, "TAG-EV");
        awaitStatus(2, "Charging");
        unplug(2);
        awaitStatus(2, "SuspendedEV");
        plug(2);
        awaitStatus(2, "Charging");
        tag(2, "TAG-EV");
        assertEquals("Local", csms.awaitCalls("CP-TX-5", "StopTransaction", 2, WITHIN).get(1).payload()
                .get("reason").getStringValue());
    }

    @Test
    void unlockConnectorStopsTheTransactionFirst() {
        commission("CP-TX-6", Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        tag(1, "TAG-UL");
        awaitStatus(1, "Charging");
        assertEquals("Unlocked", callStation("CP-TX-6", "UnlockConnector", "{\"connectorId\":1}").get("status").getStringValue());
        assertEquals("UnlockCommand", csms.awaitCalls("CP-TX-6", "StopTransaction", 1, WITHIN).get(0).payload()
                .get("reason").getStringValue());
        assertEquals("NotSupported", callStation("CP-TX-6", "UnlockConnector", "{\"connectorId\":7}").get("status").getStringValue());
    }

    @Test
    void theEvPausingAndTheStationOfferingNothingAreSuspendedStates() {
        set(Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        tag(1, "TAG-SUS");
        awaitStatus(1, "Charging");
        assertEquals(32.0, ((Number) connector(1).get("offeredCurrent")).doubleValue(), 1e-9,
                "one transaction gets the station's whole 32 A");
        simulate(1, "ev", Map.of("drawing", false));
        awaitStatus(1, "SuspendedEV");
        simulate(1, "ev", Map.of("drawing", true));
        awaitStatus(1, "Charging");
    }

    @Test
    void offlineTheFallbackLimitReachesThePowerPath() {
        csms.knownIds = List.of("SOMEONE-ELSE"); // the central system answers 404: the station stays offline
        set(Map.of("centralSystemUrl", "ws://127.0.0.1:" + server.getPort() + "/csms", "chargePointId", "CP-TX-8",
                "enabled", true, "authorizationMode", "ANY_TAG", "fallbackLimit", 0));
        plug(1);
        tag(1, "TAG-FB");
        awaitStatus(1, "SuspendedEVSE");
        assertEquals(0.0, ((Number) connector(1).get("offeredCurrent")).doubleValue(), 1e-9);
        set(Map.of("fallbackLimit", 10));
        awaitStatus(1, "Charging");
        assertEquals(10.0, ((Number) connector(1).get("offeredCurrent")).doubleValue(), 1e-9);
        csms.knownIds = null;
    }

    @Test
    void aResetStopsEveryRunningTransactionWithItsReason() throws Exception {
        commission("CP-TX-9", Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        tag(1, "TAG-R1");
        plug(2);
        tag(2, "TAG-R2");
        awaitStatus(2, "Charging");
        awaitStatus(1, "Charging");
        remote.stopAll(StopReason.SoftReset).get(20, TimeUnit.SECONDS);
        List<Received> stops = csms.awaitCalls("CP-TX-9", "StopTransaction", 2, WITHIN);
        assertTrue(stops.stream().allMatch(stop -> "SoftReset".equals(stop.payload().get("reason").getStringValue())));
        assertEquals("Finishing", status(1));
        assertEquals("Finishing", status(2));
    }

    @Test
    void theTxProfileOfARemoteStartCapsItsTransaction() {
        commission("CP-TX-10", Map.of("authorizeRemoteTxRequests", false));
        plug(1);
        assertEquals("Accepted", remoteStart("CP-TX-10", "{\"connectorId\":1,\"idTag\":\"R-PROFILE\","
                + "\"chargingProfile\":" + txProfile("", "W", 6900) + "}"));
        awaitStatus(1, "Charging");
        assertEquals(10.0, ((Number) connector(1).get("offeredCurrent")).doubleValue(), 1e-9, "6900 W over 3 × 230 V");
    }

    /** A Relative TxProfile with one period from the start. */
    private static String txProfile(String extra, String unit, int limit) {
        return "{\"chargingProfileId\":9,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxProfile\"" + extra
                + ",\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"" + unit
                + "\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":" + limit + "}]}}";
    }

    private String remoteStart(String chargePointId, String payload) {
        return callStation(chargePointId, "RemoteStartTransaction", payload).get("status").getStringValue();
    }

    private String remoteStop(String chargePointId, int transactionId) {
        return callStation(chargePointId, "RemoteStopTransaction", "{\"transactionId\":" + transactionId + "}")
                .get("status").getStringValue();
    }
}
