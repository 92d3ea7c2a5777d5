package org.stationconfig.ocpp.trigger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.status.ConnectionStatusService;
import org.stationconfig.connection.Registration;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.StationScenario;

/**
 * TriggerMessage (S16 §5.17) and ExtendedTriggerMessage (whitepaper F06) against the scripted central system: every
 * message the station owns is Accepted and really follows, after the answer; also while Pending, where a triggered
 * BootNotification registers the station; refusals send nothing.
 */
@MicronautTest(transactional = false)
class RemoteTriggerTest extends StationScenario {

    private static final String ID = "CP-TRIGGER";

    @Inject
    ConnectionStatusService connection;
    @Inject
    SettingsStore settings;

    /** A CALL the station sent, at its place among all frames the central system received. */
    private record Sent(int position, JsonNode payload) {
    }

    /** The trigger's answer and the CALLs of the expected action that came after it. */
    private record Triggered(String status, List<Sent> messages) {
    }

    @AfterEach
    void acceptBootsAgain() {
        csms.bootStatus = "Accepted"; // before the base class drains the outbox with a fresh connection
    }

    private void online() {
        commission(ID, Map.of("cpoName", "Example CPO"));
        csms.awaitCalls(ID, "StatusNotification", 3, WITHIN); // after the boot: 0, 1, 2
    }

    @ParameterizedTest(name = "{0}({1}, connector {2}) -> {3} for {4}")
    @CsvSource({
            "TriggerMessage,         Heartbeat,                  , Heartbeat,          -",
            "TriggerMessage,         StatusNotification,         , StatusNotification, 0 1 2",
            "TriggerMessage,         StatusNotification,        0, StatusNotification, 0",
            "TriggerMessage,         StatusNotification,        2, StatusNotification, 2",
            "TriggerMessage,         MeterValues,                , MeterValues,        1 2",
            "TriggerMessage,         MeterValues,               1, MeterValues,        1",
            "TriggerMessage,         Heartbeat,                 2, Heartbeat,          -",  // connectorId does not apply
            "ExtendedTriggerMessage, Heartbeat,                  , Heartbeat,          -",
            "ExtendedTriggerMessage, StatusNotification,        1, StatusNotification, 1",
            "ExtendedTriggerMessage, MeterValues,               2, MeterValues,        2",
            "ExtendedTriggerMessage, SignChargePointCertificate, , SignCertificate,    -",
    })
    void everyMessageTheStationOwnsIsAcceptedAndFollowsItsAnswer(String action, String requested, Integer connectorId,
                                                                   String expected, String connectors) {
        online();
        List<String> expectedConnectors = connectors.equals("-") ? List.of() : Arrays.asList(connectors.split(" "));
        Triggered triggered = trigger(ID, action, requested, connectorId, expected, Math.max(1, expectedConnectors.size()));

        assertEquals("Accepted", triggered.status());
        if (!expectedConnectors.isEmpty()) {
            assertEquals(expectedConnectors, triggered.messages().stream()
                    .map(sent -> sent.payload().get("connectorId").getValue().toString()).toList());
        }
        if (expected.equals("SignCertificate")) {
            assertTrue(triggered.messages().get(0).payload().get("csr").getStringValue()
                    .startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        }
    }

    @Test
    void aTriggeredMeterValuesIsTheCurrentReadingOfTheConfiguredMeasurandsWithItsTransaction() {
        commission(ID, Map.of("authorizationMode", "ANY_TAG", "meterValueSampleInterval", 0,
                "meterValuesSampledData", List.of("Energy.Active.Import.Register", "Current.Import", "Voltage")));
        plug(1);
        tag(1, "TAG-TRIGGER");
        // judged on the snapshot it returns: a second read could see the id the first one lacked
        Map<String, Object> running = awaitConnector(1, c -> c.get("transaction") instanceof Map<?, ?> t
                && Boolean.TRUE.equals(t.get("active")) && t.get("id") != null);
        Object transactionId = ((Map<?, ?>) running.get("transaction")).get("id");

        Triggered triggered = trigger(ID, "TriggerMessage", "MeterValues", null, "MeterValues", 2);

        JsonNode withTransaction = triggered.messages().get(0).payload();
        assertEquals(1, withTransaction.get("connectorId").getIntValue());
        assertEquals(transactionId.toString(), withTransaction.get("transactionId").getValue().toString());
        JsonNode idle = triggered.messages().get(1).payload();
        assertEquals(2, idle.get("connectorId").getIntValue());
        assertNull(idle.get("transactionId"), "no transaction on connector 2: " + idle);
        for (Sent sent : triggered.messages()) {
            JsonNode sampled = sent.payload().get("meterValue").get(0).get("sampledValue");
            List<String> measurands = new ArrayList<>();
            for (JsonNode value : sampled.values()) {
                assertEquals("Trigger", value.get("context").getStringValue(), "S16 §5.17: context Trigger");
                measurands.add(value.get("measurand").getStringValue());
            }
            assertEquals(List.of("Energy.Active.Import.Register", "Current.Import", "Voltage"), measurands);
        }
        double amps = Double.parseDouble(withTransaction.get("meterValue").get(0).get("sampledValue").get(1)
                .get("value").getStringValue());
        assertTrue(amps > 0, "the current of the running transaction, now: " + amps);
    }

    @Test
    void aConnectorTheStationDoesNotHaveOrABootAfterAcceptedIsRejectedAndNothingIsSent() {
        online();
        int mark = csms.frames.size();
        assertEquals("Rejected", trigger(ID, "TriggerMessage", "StatusNotification", 3, "StatusNotification", 0).status());
        assertEquals("Rejected", trigger(ID, "ExtendedTriggerMessage", "StatusNotification", 7, "StatusNotification", 0)
                .status());
        assertEquals("Rejected", trigger(ID, "TriggerMessage", "MeterValues", 3, "MeterValues", 0).status());
        assertEquals("Rejected", trigger(ID, "TriggerMessage", "MeterValues", 0, "MeterValues", 0).status(),
                "no main meter behind connector 0");
        assertEquals("Rejected", trigger(ID, "TriggerMessage", "BootNotification", null, "BootNotification", 0).status(),
                "errata 3.40: not after Accepted");
        assertEquals("Rejected", trigger(ID, "ExtendedTriggerMessage", "BootNotification", null, "BootNotification", 0)
                .status());

        // a Heartbeat triggered last arrives after anything the refused triggers could have sent
        trigger(ID, "TriggerMessage", "Heartbeat", null, "Heartbeat", 1);
        for (String action : List.of("StatusNotification", "MeterValues", "BootNotification")) {
            assertEquals(List.of(), callsAfter(mark, action), action + " after a refused trigger");
        }
        assertEquals(Registration.ACCEPTED, connection.current().registration());
    }

    @Test
    void aCpoNameIsNeededForATriggeredSigningRequest() {
        online();
        set(Map.of("cpoName", ""));
        assertEquals("Rejected", trigger(ID, "ExtendedTriggerMessage", "SignChargePointCertificate", null,
                "SignCertificate", 0).status(), "A02.FR.13");
    }

    @Test
    void whilePendingTheTriggeredMessagesGoOutAndATriggeredBootRegistersTheStation() {
        String pending = "CP-TRIGGER-PENDING";
        csms.bootStatus = "Pending";
        csms.bootInterval = 300; // no BootNotification of its own during the test
        resetAfterwards("heartbeatInterval");
        set(Map.of("centralSystemUrl", "ws://127.0.0.1:" + server.getPort() + "/csms", "chargePointId", pending,
                "reconnectInterval", 1, "reconnectMaxInterval", 2, "messageTimeout", 3, "cpoName", "Example CPO",
                "enabled", true));
        await().atMost(WITHIN).until(() -> connection.current().registration() == Registration.PENDING);
        Instant heartbeatBefore = connection.current().lastHeartbeatAt();

        assertEquals("Accepted", trigger(pending, "TriggerMessage", "Heartbeat", null, "Heartbeat", 1).status());
        await().atMost(WITHIN).until(() -> connection.current().lastHeartbeatAt() != null
                && !connection.current().lastHeartbeatAt().equals(heartbeatBefore));
        assertEquals(3, trigger(pending, "TriggerMessage", "StatusNotification", null, "StatusNotification", 3)
                .messages().size());
        assertEquals("Accepted", trigger(pending, "ExtendedTriggerMessage", "MeterValues", 1, "MeterValues", 1).status());
        assertEquals("Accepted", trigger(pending, "ExtendedTriggerMessage", "SignChargePointCertificate", null,
                "SignCertificate", 1).status());
        assertEquals(1, csms.calls(pending, "BootNotification").size());
        assertEquals(Registration.PENDING, connection.current().registration(), "triggered messages do not register");

        csms.bootStatus = "Accepted";
        csms.bootInterval = 77;
        assertEquals("Accepted", trigger(pending, "TriggerMessage", "BootNotification", null, "BootNotification", 1)
                .status());
        await().atMost(WITHIN).until(() -> connection.current().registration() == Registration.ACCEPTED);
        await().atMost(WITHIN).until(() -> settingInt("heartbeatInterval") == 77);
        // Accepted: the connectors are reported as after any boot (errata 3.22), without being asked
        csms.awaitCalls(pending, "StatusNotification", 6, WITHIN);
        assertEquals("Rejected", trigger(pending, "ExtendedTriggerMessage", "BootNotification", null,
                "BootNotification", 0).status(), "errata 3.40: not after Accepted");
    }

    // ---- helpers

    /**
     * Sends the trigger as the central system and waits for {@code count} CALLs of {@code expected} after it. Each
     * must arrive after the answer (S16 §5.17: the response first).
     */
    private Triggered trigger(String chargePointId, String action, String requested, Integer connectorId,
                              String expected, int count) {
        int mark = csms.frames.size();
        String payload = "{\"requestedMessage\":\"" + requested + "\""
                + (connectorId == null ? "" : ",\"connectorId\":" + connectorId) + "}";
        String answer;
        try {
            answer = csms.call(chargePointId, action, payload).get(WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(action + " got no answer", e);
        }
        JsonNode frame = frame(answer);
        assertEquals(3, frame.get(0).getIntValue(), answer);
        String status = frame.get(2).get("status").getStringValue();
        if (count == 0) {
            return new Triggered(status, List.of());
        }
        List<Sent> sent = await().atMost(WITHIN).until(() -> callsAfter(mark, expected), calls -> calls.size() >= count);
        int answeredAt = csms.frames.indexOf(answer);
        for (Sent message : sent) {
            assertTrue(message.position() > answeredAt, expected + " came before the answer to " + action);
        }
        return new Triggered(status, sent);
    }

    /** The CALLs of one action among the frames the central system received from position {@code mark} on. */
    private List<Sent> callsAfter(int mark, String action) {
        List<String> frames = csms.frames;
        List<Sent> calls = new ArrayList<>();
        for (int i = mark; i < frames.size(); i++) {
            JsonNode frame = frame(frames.get(i));
            if (frame.get(0).getIntValue() == 2 && Objects.equals(action, frame.get(2).getStringValue())) {
                calls.add(new Sent(i, frame.get(3)));
            }
        }
        return calls;
    }

    private static JsonNode frame(String text) {
        try {
            return JsonText.parse(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int settingInt(String key) {
        return settings.current().intValue(key);
    }
}
