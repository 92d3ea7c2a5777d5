package org.stationconfig.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;
import org.stationconfig.interop.OcaCentralSystem;

/**
 * Issue 14, with SIGKILL: a transaction made while no central system was configured stays local through a kill -9
 * and a restart, and a central system configured afterwards receives none of its messages, while a transaction made
 * once it is configured is delivered. The station is its own process; the central system is Java-OCA-OCPP.
 */
class LocalTransactionKillTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String CHARGE_POINT = "CP-LOCAL-KILL";

    private StationProcess station;
    private String service;
    private final JsonMapper json = JsonMapper.createDefault();

    @Test
    void aLocalTransactionOpenAtAKillStaysLocalAndIsNeverSentToACentralSystemConfiguredLater() throws Exception {
        try (StationProcess process = new StationProcess(Files.createTempDirectory("station-local-kill-"),
                Map.of("station.control-interval", "200ms"));
             OcaCentralSystem csms = OcaCentralSystem.started()) {
            station = process;
            station.start();
            logIn();
            String owner = station.token("owner", "owner-password-1");
            Api.Reply added = station.api().call(HttpRequest.POST("/api/v1/local-tags",
                    Map.of("idTag", "HOME-KILL", "name", "Home")), owner);
            assertEquals(201, added.status(), added.body());
            patch(Map.of("meterValueSampleInterval", 1));
            simulate(1, "plug", Map.of());
            simulate(1, "rfid", Map.of("idTag", "HOME-KILL"));
            await().atMost(WITHIN).until(() -> Boolean.TRUE.equals(transaction(1).get("active")));
            assertEquals(true, transaction(1).get("local"));

            station.kill();
            station.start();
            logIn();
            patch(Map.of("centralSystemUrl", csms.url(), "chargePointId", CHARGE_POINT, "reconnectInterval", 1,
                    "reconnectMaxInterval", 2, "authorizationMode", "ANY_TAG", "enabled", true));
            await().atMost(WITHIN).until(() -> "ACCEPTED".equals(station.get("/api/v1/ocpp/status", service).json()
                    .get("registration")));

            Map<String, Object> stopped = transactions().get(0);
            assertEquals("PowerLoss", stopped.get("stopReason"));
            assertEquals(true, stopped.get("local"), "still local after the kill: " + stopped);

            simulate(2, "plug", Map.of());
            simulate(2, "rfid", Map.of("idTag", "TAG-ONLINE"));
            List<StartTransactionRequest> starts = csms.await(CHARGE_POINT, StartTransactionRequest.class, 1, WITHIN);
            assertEquals(2, starts.get(0).getConnectorId(), "only the transaction made with a central system");
            simulate(2, "unplug", Map.of());
            csms.await(CHARGE_POINT, StopTransactionRequest.class, 1, WITHIN);
            await().during(Duration.ofSeconds(2)).atMost(WITHIN).until(() ->
                    csms.received(CHARGE_POINT, StartTransactionRequest.class).size() == 1
                            && csms.received(CHARGE_POINT, StopTransactionRequest.class).size() == 1);
            assertTrue(csms.received(CHARGE_POINT, MeterValuesRequest.class).stream()
                    .noneMatch(m -> m.getConnectorId() == 1 && m.getTransactionId() != null),
                    "no meter values of the local transaction");
        }
    }

    private void logIn() {
        service = station.token("service", StationProcess.SERVICE_PASSWORD);
    }

    private void patch(Map<String, Object> values) {
        Api.Reply reply = station.api().call(HttpRequest.PATCH("/api/v1/settings", Map.of("values", values)), service);
        assertEquals(200, reply.status(), reply.body());
    }

    private void simulate(int connector, String action, Map<String, Object> body) {
        Api.Reply reply = station.api().call(HttpRequest.POST("/api/v1/simulator/connectors/" + connector + "/"
                + action, body), service);
        assertEquals(200, reply.status(), reply.body());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> transaction(int connector) {
        List<Map<String, Object>> connectors = (List<Map<String, Object>>) station.get("/api/v1/station", service)
                .json().get("connectors");
        Map<String, Object> transaction = (Map<String, Object>) connectors.get(connector - 1).get("transaction");
        return transaction == null ? Map.of() : transaction;
    }

    private List<Map<String, Object>> transactions() throws java.io.IOException {
        String body = station.get("/api/v1/transactions", service).body();
        return json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
