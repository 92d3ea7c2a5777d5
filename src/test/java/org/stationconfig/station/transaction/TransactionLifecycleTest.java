package org.stationconfig.station.transaction;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.csms.CentralSystemScript.Received;
import org.stationconfig.station.StationScenario;

/** What happens to a transaction after its start: the central system's verdict, offline delivery, its stop data. */
@MicronautTest(transactional = false)
class TransactionLifecycleTest extends StationScenario {

    @Test
    void aTagTheCentralSystemInvalidatesAtTheStartStopsTheTransaction() {
        csms.tagStatus.put("TAG-INV", "Invalid");
        commission("CP-LC-1", Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        tag(1, "TAG-INV");
        Received stop = csms.awaitCalls("CP-LC-1", "StopTransaction", 1, WITHIN).get(0);
        assertEquals("DeAuthorized", stop.payload().get("reason").getStringValue());
        awaitStatus(1, "Finishing");
    }

    @Test
    void withoutStopTransactionOnInvalidIdOnlyTheEnergyStops() {
        csms.tagStatus.put("TAG-INV", "Blocked");
        commission("CP-LC-2", Map.of("authorizationMode", "ANY_TAG", "stopTransactionOnInvalidId", false));
        plug(1);
        tag(1, "TAG-INV");
        csms.awaitCalls("CP-LC-2", "StartTransaction", 1, WITHIN);
        awaitStatus(1, "SuspendedEVSE");
        assertTrue(charging(1), "the transaction goes on");
        assertEquals(0.0, ((Number) connector(1).get("offeredCurrent")).doubleValue(), 1e-9);
    }

    @Test
    void maxEnergyOnInvalidIdLetsTheEvChargeThatMuchBeforeTheStop() {
        csms.tagStatus.put("TAG-INV", "Expired");
        commission("CP-LC-3", Map.of("authorizationMode", "ANY_TAG", "maxEnergyOnInvalidId", 3));
        plug(2);
        tag(2, "TAG-INV");
        JsonNode stop = csms.awaitCalls("CP-LC-3", "StopTransaction", 1, WITHIN).get(0).payload();
        int meterStart = csms.calls("CP-LC-3", "StartTransaction").get(0).payload().get("meterStart").getIntValue();
        assertEquals("DeAuthorized", stop.get("reason").getStringValue());
        assertTrue(stop.get("meterStop").getIntValue() - meterStart >= 3, "3 Wh were delivered first: " + stop);
    }

    @Test
    void aTransactionStartedOfflineIsDeliveredInOrderWithTheServersIdOnceConnected() {
        commission("CP-LC-4", Map.of("authorizationMode", "ANY_TAG", "meterValueSampleInterval", 1));
        cutOff("CP-LC-4"); // still configured: an offline transaction, not a local one (issue 14)
        plug(1);
        tag(1, "TAG-OFF");
        await().atMost(WITHIN).until(() -> outbox.list(null, 0, 50).total() >= 4); // Start, Begin, 2 samples
        unplug(1);
        await().atMost(WITHIN).until(() -> !charging(1));
        assertEquals(0, csms.calls("CP-LC-4", "StartTransaction").size(), "nothing went out offline");

        commission("CP-LC-4", Map.of());
        Received stop = csms.awaitCalls("CP-LC-4", "StopTransaction", 1, WITHIN).get(0);
        List<Received> sequence = new ArrayList<>(csms.received.stream()
                .filter(call -> call.chargePointId().equals("CP-LC-4") && List.of("StartTransaction", "MeterValues",
                        "StopTransaction").contains(call.action())).toList());
        assertEquals("StartTransaction", sequence.get(0).action());
        assertEquals(stop, sequence.get(sequence.size() - 1), "StopTransaction last");
        await().atMost(WITHIN).until(() -> transaction(1).get("id") != null);
        int serverId = ((Number) transaction(1).get("id")).intValue();
        for (Received message : sequence.subList(1, sequence.size())) {
            assertEquals(serverId, message.payload().get("transactionId").getIntValue(), message.action()
                    + " carries the id the central system gave: " + message.payload());
        }
        assertTrue(sequence.size() >= 4, "Start, meter values, Stop: " + sequence.size());
    }

    @Test
    void stopTransactionCarriesTheStopTxnSampledDataFromBeginToEnd() {
        commission("CP-LC-5", Map.of("authorizationMode", "ANY_TAG", "meterValueSampleInterval", 1,
                "stopTxnSampledData", List.of("Energy.Active.Import.Register", "Current.Import")));
        plug(2);
        tag(2, "TAG-DATA");
        csms.awaitCalls("CP-LC-5", "MeterValues", 3, WITHIN); // Begin and two periodic samples
        tag(2, "TAG-DATA");
        JsonNode data = csms.awaitCalls("CP-LC-5", "StopTransaction", 1, WITHIN).get(0).payload().get("transactionData");
        List<String> contexts = new ArrayList<>();
        for (JsonNode meterValue : data.values()) {
            JsonNode sampled = meterValue.get("sampledValue");
            assertEquals(2, sampled.size(), "exactly StopTxnSampledData: " + meterValue);
            assertEquals("Energy.Active.Import.Register", sampled.get(0).get("measurand").getStringValue());
            assertEquals("Current.Import", sampled.get(1).get("measurand").getStringValue());
            assertEquals("A", sampled.get(1).get("unit").getStringValue());
            contexts.add(sampled.get(0).get("context").getStringValue());
        }
        assertEquals("Transaction.Begin", contexts.get(0));
        assertEquals("Transaction.End", contexts.get(contexts.size() - 1));
        assertTrue(contexts.subList(1, contexts.size() - 1).stream().allMatch("Sample.Periodic"::equals), contexts.toString());
        assertTrue(contexts.size() >= 4, contexts.toString());
    }

    @Test
    void changeAvailabilityTakesConnectorsOutOfServiceAndWaitsForARunningTransaction() {
        commission("CP-LC-6", Map.of("authorizationMode", "ANY_TAG"));
        assertEquals("Accepted", availability("CP-LC-6", 2, "Inoperative"));
        awaitStatus(2, "Unavailable");
        assertEquals(false, connector(2).get("available"));
        assertEquals("RED", ((Map<?, ?>) connector(2).get("indicator")).get("color"));
        plug(2);
        tag(2, "TAG-AV");
        awaitStatus(2, "Unavailable");
        assertTrue(!charging(2), "no transaction on an inoperative connector");
        unplug(2);

        plug(1);
        tag(1, "TAG-AV");
        awaitStatus(1, "Charging");
        assertEquals("Scheduled", availability("CP-LC-6", 0, "Inoperative"));
        assertEquals("Charging", status(1), "the transaction goes on");
        tag(1, "TAG-AV");
        awaitStatus(1, "Unavailable");
        await().atMost(WITHIN).until(() -> csms.calls("CP-LC-6", "StatusNotification").stream().anyMatch(call ->
                call.payload().get("connectorId").getIntValue() == 0
                        && "Unavailable".equals(call.payload().get("status").getStringValue())));

        assertEquals("Rejected", availability("CP-LC-6", 5, "Operative"));
        assertEquals("Accepted", availability("CP-LC-6", 0, "Operative"));
        awaitStatus(2, "Available");
        unplug(1);
        awaitStatus(1, "Available");
    }

    private String availability(String chargePointId, int connectorId, String type) {
        return callStation(chargePointId, "ChangeAvailability", "{\"connectorId\":" + connectorId + ",\"type\":\"" + type
                + "\"}").get("status").getStringValue();
    }
}
