package org.stationconfig.station.tags;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;
import org.stationconfig.ocpp.csms.CentralSystemScript.Received;
import org.stationconfig.station.StationScenario;

/**
 * Charging with the owner's local tags (issue 14): without any central system, and which transactions a central
 * system configured later receives: none of those made while there was none, all of those made while it was only
 * unreachable. Real SQLite, the scripted central system on loopback.
 */
@MicronautTest(transactional = false)
class LocalChargingTest extends StationScenario {

    private static final Duration QUIET = Duration.ofSeconds(2);

    @Inject
    LocalTagRepository repository;

    @AfterEach
    void forgetTheTags() {
        repository.deleteAll();
    }

    @Test
    void withoutACentralSystemANamedLocalTagChargesAndTheTransactionIsKeptLocallyWithItsEnergy() {
        String owner = api.token("owner", "owner-password-1");
        addTag(owner, "HOME-1", "Anna's car");
        plug(1);
        tag(1, "home-1"); // id tags do not depend on case
        awaitStatus(1, "Charging");
        assertEquals(true, transaction(1).get("local"), "no central system: the transaction stays local");
        await().atMost(WITHIN).until(() -> consumption(newest(owner)) > 0);

        tag(1, "HOME-1");
        await().atMost(WITHIN).until(() -> !charging(1));
        Map<String, Object> done = newest(owner);
        assertEquals("home-1", done.get("idTag"), "as presented");
        assertEquals("Anna's car", done.get("tagName"));
        assertEquals(true, done.get("local"));
        assertEquals(1, ((Number) done.get("connectorId")).intValue());
        assertEquals("Local", done.get("stopReason"));
        assertTrue(consumption(done) > 0, "its energy: " + done);
        assertEquals(consumption(done), ((Number) done.get("meterStopWh")).intValue()
                - ((Number) done.get("meterStartWh")).intValue());
        assertEquals(0, transactionMessages(), "nothing of it queued for a central system");
    }

    @Test
    void withoutACentralSystemAnUnknownOrDisabledTagDoesNotCharge() {
        String owner = api.token("owner", "owner-password-1");
        Number id = (Number) addTag(owner, "OFF-1", "Lent out").json().get("id");
        api.call(HttpRequest.PUT("/api/v1/local-tags/" + id, Map.of("name", "Lent out", "enabled", false)), owner);
        plug(2);
        tag(2, "STRANGER");
        tag(2, "OFF-1");
        await().during(QUIET).atMost(WITHIN).until(() -> !charging(2));
    }

    @Test
    void aCentralSystemConfiguredLaterGetsNothingOfALocalTransactionAndEverythingOfAnOfflineOne() {
        String owner = api.token("owner", "owner-password-1");
        addTag(owner, "HOME-2", "Ben");
        set(Map.of("meterValueSampleInterval", 1));
        plug(1);
        tag(1, "HOME-2");
        awaitStatus(1, "Charging");
        await().atMost(WITHIN).until(() -> consumption(newest(owner)) > 0);
        unplug(1);
        await().atMost(WITHIN).until(() -> !charging(1));
        String localId = (String) newest(owner).get("localId");
        assertEquals(0, transactionMessages(), "sampled every second, yet nothing queued");

        cutOff("CP-LT-2"); // configured, but unreachable: offline, not local
        plug(2);
        tag(2, "HOME-2");
        awaitStatus(2, "Charging");
        assertEquals(false, transaction(2).get("local"));
        await().atMost(WITHIN).until(() -> transactionMessages() >= 3); // Start, Begin, a sample
        unplug(2);
        await().atMost(WITHIN).until(() -> !charging(2));

        commission("CP-LT-2", Map.of());
        Received stop = csms.awaitCalls("CP-LT-2", "StopTransaction", 1, WITHIN).get(0);
        await().atMost(WITHIN).until(outbox::isEmpty);
        List<Received> starts = csms.calls("CP-LT-2", "StartTransaction");
        assertEquals(1, starts.size(), "only the offline transaction: " + starts);
        assertEquals(2, starts.get(0).payload().get("connectorId").getIntValue());
        assertEquals("HOME-2", starts.get(0).payload().get("idTag").getStringValue());
        assertTrue(csms.calls("CP-LT-2", "MeterValues").stream()
                .allMatch(call -> call.payload().get("connectorId").getIntValue() != 1
                        || call.payload().get("transactionId") == null), "no meter values of the local one");
        assertTrue(stop.payload().get("meterStop").getIntValue()
                > starts.get(0).payload().get("meterStart").getIntValue(), "its energy: " + stop.payload());
        await().during(QUIET).atMost(WITHIN).until(() -> csms.calls("CP-LT-2", "StopTransaction").size() == 1
                && csms.calls("CP-LT-2", "StartTransaction").size() == 1);
        Map<String, Object> local = transactions(owner).stream().filter(t -> localId.equals(t.get("localId")))
                .findFirst().orElseThrow();
        assertEquals(true, local.get("local"), "still local after a central system was configured");
    }

    private Api.Reply addTag(String token, String idTag, String name) {
        Api.Reply reply = api.call(HttpRequest.POST("/api/v1/local-tags", Map.of("idTag", idTag, "name", name)), token);
        assertEquals(201, reply.status(), reply.body());
        return reply;
    }

    private Map<String, Object> newest(String token) {
        return transactions(token).get(0);
    }

    private List<Map<String, Object>> transactions(String token) {
        Api.Reply reply = api.call(HttpRequest.GET("/api/v1/transactions?limit=5"), token);
        assertEquals(200, reply.status(), reply.body());
        try {
            return json.readValue(reply.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long transactionMessages() {
        return outbox.list(null, 0, 500).items().stream().filter(m -> List.of("StartTransaction", "MeterValues",
                "StopTransaction").contains(m.action())).count();
    }

    private static int consumption(Map<String, Object> transaction) {
        return ((Number) transaction.get("consumptionWh")).intValue();
    }
}
