package org.stationconfig.station;

import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Api;
import org.stationconfig.auth.Role;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.csms.CentralSystemScript;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.station.hardware.ConnectorSignals;
import org.stationconfig.station.hardware.Simulator;

/**
 * Base for scenario tests: the whole service on a real SQLite file with the scripted central system on loopback; the
 * simulator is driven over HTTP as the service technician. After each test the EVs are unplugged, faults cleared,
 * the outbox delivered and the settings a test changed put back, so the tests of a class do not see each other.
 */
public abstract class StationScenario extends TestDataDir {

    protected static final Duration WITHIN = Duration.ofSeconds(20);
    static final Actor SERVICE = Actor.app("service", Role.SERVICE);

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected CentralSystemScript csms;
    @Inject
    protected SettingChanges changes;
    @Inject
    protected Simulator simulator;
    @Inject
    protected TransactionOutbox outbox;
    @Inject
    protected CentralSystem centralSystem;
    @Inject
    @Client("/")
    protected HttpClient client;
    @Inject
    protected JsonMapper json;

    protected Api api;
    protected String service;
    private final Set<String> changedKeys = new HashSet<>();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("station.provisioning.passwords.owner", "owner-password-1",
                "station.provisioning.passwords.installer", "installer-password-1",
                "station.provisioning.passwords.service", "service-password-1",
                "station.control-interval", "200ms");
    }

    @BeforeAll
    void logIn() {
        api = new Api(client, json);
    }

    @BeforeEach
    void freshCentralSystem() {
        csms.reset();
        service = api.token("service", "service-password-1");
    }

    @AfterEach
    void putTheStationBack() {
        changes.apply(ChangeRequest.fromApp(SERVICE, java.util.Collections.singletonMap(
                "stopTransactionOnEVSideDisconnect", null), null)); // so unplugging below ends every transaction
        for (int id = 1; id <= simulator.connectors(); id++) {
            ConnectorSignals signals = simulator.signals(id);
            if (signals.fault() != null) {
                simulator.clearFault(id);
            }
            if (signals.plugged()) {
                simulator.unplug(id);
            }
        }
        Map<String, Object> defaults = new HashMap<>();
        changedKeys.forEach(key -> defaults.put(key, null));
        // a test that leaves a start waiting for its cable would leak into the next one: it must clean up itself
        await().atMost(WITHIN).until(() -> connectors().stream().allMatch(c -> "Available".equals(c.get("status"))));
        if (!outbox.isEmpty()) {
            // what a test queued offline goes out now, not under the next test's charge point id
            commission("CP-DRAIN", Map.of());
            await().atMost(WITHIN).until(outbox::isEmpty);
        }
        defaults.put("enabled", false);
        changes.apply(ChangeRequest.fromApp(SERVICE, defaults, null));
        changedKeys.clear();
    }

    /** Changes settings as the service technician; they go back to their defaults after the test. */
    protected void set(Map<String, Object> values) {
        changedKeys.addAll(values.keySet());
        changes.apply(ChangeRequest.fromApp(SERVICE, values, null));
    }

    /** Settings a test changes another way (the app's PATCH, ChangeConfiguration) go back to their defaults too. */
    protected void resetAfterwards(String... keys) {
        changedKeys.addAll(List.of(keys));
    }

    /** Points the station at the scripted central system and waits until it is Accepted. */
    protected void commission(String chargePointId, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(Map.of(
                "centralSystemUrl", "ws://127.0.0.1:" + server.getPort() + "/csms", "chargePointId", chargePointId,
                "reconnectInterval", 1, "reconnectMaxInterval", 2, "messageTimeout", 3, "enabled", true));
        values.putAll(extra);
        set(values);
        // the central system's side too: online alone may still be the last connection's, before the new one
        await().atMost(WITHIN).until(() -> centralSystem.online() && csms.connected(chargePointId));
    }

    /**
     * Keeps the central system configured but points it at an address where nobody listens: offline, as opposed to
     * switched off (then transactions stay local, issue 14). {@link #commission} brings it back.
     */
    protected void cutOff(String chargePointId) {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        set(Map.of("centralSystemUrl", "ws://127.0.0.1:" + port + "/csms", "chargePointId", chargePointId,
                "reconnectInterval", 1, "reconnectMaxInterval", 2, "enabled", true));
        await().atMost(WITHIN).until(() -> !centralSystem.online());
    }

    protected Api.Reply simulate(int connector, String action, Map<String, Object> body) {
        return api.call(HttpRequest.POST("/api/v1/simulator/connectors/" + connector + "/" + action, body), service);
    }

    protected Api.Reply plug(int connector) {
        return simulate(connector, "plug", Map.of());
    }

    protected Api.Reply unplug(int connector) {
        return simulate(connector, "unplug", Map.of());
    }

    protected Api.Reply tag(int connector, String idTag) {
        return simulate(connector, "rfid", Map.of("idTag", idTag));
    }

    protected Map<String, Object> station() {
        Api.Reply reply = api.call(HttpRequest.GET("/api/v1/station"), service);
        if (reply.status() != 200) {
            throw new AssertionError(reply.body());
        }
        return reply.json();
    }

    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> connectors() {
        return (List<Map<String, Object>>) station().get("connectors");
    }

    protected Map<String, Object> connector(int id) {
        return connectors().get(id - 1);
    }

    protected String status(int id) {
        return (String) connector(id).get("status");
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> transaction(int id) {
        return (Map<String, Object>) connector(id).get("transaction");
    }

    /** True while a transaction runs on the connector (the view shows the last one otherwise). */
    protected boolean charging(int id) {
        Map<String, Object> transaction = transaction(id);
        return transaction != null && Boolean.TRUE.equals(transaction.get("active"));
    }

    protected Map<String, Object> awaitConnector(int id, Predicate<Map<String, Object>> condition) {
        return await().atMost(WITHIN).until(() -> connector(id), condition::test);
    }

    protected void awaitStatus(int id, String status) {
        awaitConnector(id, c -> status.equals(c.get("status")));
    }

    /** Waits until the last StatusNotification the central system got for the connector has this status. */
    protected void awaitNotified(String chargePointId, int connectorId, String status) {
        await().atMost(WITHIN).until(() -> {
            List<String> statuses = csms.calls(chargePointId, "StatusNotification").stream()
                    .filter(call -> call.payload().get("connectorId").getIntValue() == connectorId)
                    .map(call -> call.payload().get("status").getStringValue()).toList();
            return !statuses.isEmpty() && statuses.get(statuses.size() - 1).equals(status);
        });
    }

    /** Sends a CALL as the central system; the CALLRESULT's payload, or the whole CALLERROR frame. */
    protected JsonNode callStation(String chargePointId, String action, String payload) {
        try {
            JsonNode frame = JsonText.parse(csms.call(chargePointId, action, payload).get(20, TimeUnit.SECONDS));
            return frame.get(0).getIntValue() == 3 ? frame.get(2) : frame;
        } catch (Exception e) {
            throw new AssertionError(action + " got no answer", e);
        }
    }

    protected Map<String, Object> parse(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
