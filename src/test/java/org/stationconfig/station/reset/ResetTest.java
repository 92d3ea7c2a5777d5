package org.stationconfig.station.reset;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.station.StationScenario;

/**
 * Reset (S16 §5.14) against the scripted central system: the running transaction is stopped with the reset's reason
 * and its StopTransaction is not lost, ResetOrReboot and StartupOfTheDevice are raised, the station boots again with
 * its connectors' availability as it was, and a second Reset during the first is Rejected.
 */
@MicronautTest(transactional = false)
class ResetTest extends StationScenario {

    private static final String ID = "CP-RESET";

    /** A CALL the station sent, at its place among all frames the central system received. */
    private record Sent(int position, String action, JsonNode payload) {
    }

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(super.extraProperties());
        properties.put("station.reset.delivery-grace", "2s"); // a Soft reset waits at most this for its StopTransactions
        return properties;
    }

    @AfterEach
    void answerAgain() {
        csms.answerCalls = true;
    }

    /** Online with a transaction running on connector 1; its id from the central system. */
    private int charging(Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(Map.of("authorizationMode", "ANY_TAG", "meterValueSampleInterval", 0));
        settings.putAll(extra);
        commission(ID, settings);
        plug(1);
        tag(1, "TAG-RESET");
        // judged on the snapshot it returns: a second read could see the id the first one lacked
        Map<String, Object> running = awaitConnector(1, c -> c.get("transaction") instanceof Map<?, ?> t
                && Boolean.TRUE.equals(t.get("active")) && t.get("id") != null);
        return ((Number) ((Map<?, ?>) running.get("transaction")).get("id")).intValue();
    }

    @Test
    void aSoftResetDeliversTheStopTransactionThenBootsAgain() {
        int transactionId = charging(Map.of());
        int mark = csms.frames.size();

        assertEquals("Accepted", reset("Soft"));

        Sent boot = await().atMost(WITHIN).until(() -> first(mark, "BootNotification"), b -> b != null);
        Sent stop = only(mark, "StopTransaction");
        assertEquals("SoftReset", stop.payload().get("reason").getStringValue());
        assertEquals(transactionId, stop.payload().get("transactionId").getIntValue());
        assertTrue(stop.position() < boot.position(), "Soft: the StopTransaction is delivered before the restart");
        Sent resetEvent = securityEvent(mark, "ResetOrReboot");
        assertTrue(resetEvent.position() < boot.position(), "raised before the restart");
        Sent startup = securityEvent(mark, "StartupOfTheDevice");
        assertTrue(startup.position() > boot.position(), "raised by the restart, sent once Accepted again");
        await().atMost(WITHIN).until(centralSystem::online);
        assertEquals(false, charging(1));
    }

    @Test
    void aHardResetRestartsAtOnceAndTheStopTransactionFollowsTheNewBootWithAvailabilityKept() {
        int transactionId = charging(Map.of());
        assertEquals("Accepted", availability(2, "Inoperative"));
        try {
            int mark = csms.frames.size();

            assertEquals("Accepted", reset("Hard"));

            Sent boot = await().atMost(WITHIN).until(() -> first(mark, "BootNotification"), b -> b != null);
            Sent stop = only(mark, "StopTransaction");
            assertEquals("HardReset", stop.payload().get("reason").getStringValue());
            assertEquals(transactionId, stop.payload().get("transactionId").getIntValue());
            assertTrue(stop.position() > boot.position(), "Hard: restarted at once, the StopTransaction comes after");
            Sent resetEvent = securityEvent(mark, "ResetOrReboot");
            Sent startup = securityEvent(mark, "StartupOfTheDevice");
            assertTrue(boot.position() < resetEvent.position() && resetEvent.position() < startup.position(),
                    "both after the new boot, the reset first");
            // S16 §5.14: persistent states such as an Unavailable connector survive the reset
            List<Sent> statuses = await().atMost(WITHIN).until(() -> calls(boot.position(), "StatusNotification"),
                    calls -> calls.size() >= 3);
            assertEquals("Unavailable", statusOf(statuses, 2));
            assertEquals("Unavailable", status(2));
        } finally {
            assertEquals("Accepted", availability(2, "Operative"));
        }
    }

    @Test
    void aSecondResetDuringTheFirstIsRejectedAndAnUndeliveredStopIsNotLost() {
        // an unanswered StopTransaction stays in flight past the grace
        int transactionId = charging(Map.of("messageTimeout", 10));
        int mark = csms.frames.size();
        // only the StopTransaction: a StatusNotification of the start still in flight must not hold it back
        csms.unanswered.add("StopTransaction");

        assertEquals("Accepted", reset("Soft"));
        await().atMost(WITHIN).until(() -> first(mark, "StopTransaction"), s -> s != null);
        assertEquals("Rejected", reset("Hard"), "one reset at a time");
        csms.unanswered.remove("StopTransaction");

        // the grace ends the wait for the unanswered StopTransaction: the station restarts and sends it again
        Sent boot = await().atMost(WITHIN).until(() -> first(mark, "BootNotification"), b -> b != null);
        Sent resent = await().atMost(WITHIN).until(() -> first(boot.position(), "StopTransaction"), s -> s != null);
        assertEquals("SoftReset", resent.payload().get("reason").getStringValue());
        assertEquals(transactionId, resent.payload().get("transactionId").getIntValue());
        await().atMost(WITHIN).until(centralSystem::online);

        assertEquals("Accepted", reset("Soft"), "the next reset is accepted once the first is done");
        await().atMost(WITHIN).until(() -> calls(boot.position() + 1, "BootNotification").size() == 1);
    }

    // ---- helpers

    private String reset(String type) {
        return callStation(ID, "Reset", "{\"type\":\"" + type + "\"}").get("status").getStringValue();
    }

    private String availability(int connectorId, String type) {
        return callStation(ID, "ChangeAvailability", "{\"connectorId\":" + connectorId + ",\"type\":\"" + type + "\"}")
                .get("status").getStringValue();
    }

    /** The CALLs of one action among the frames the central system received from position {@code from} on. */
    private List<Sent> calls(int from, String action) {
        List<String> frames = csms.frames;
        List<Sent> calls = new ArrayList<>();
        for (int i = from; i < frames.size(); i++) {
            JsonNode frame = frame(frames.get(i));
            if (frame.get(0).getIntValue() == 2 && action.equals(frame.get(2).getStringValue())) {
                calls.add(new Sent(i, action, frame.get(3)));
            }
        }
        return calls;
    }

    private Sent first(int from, String action) {
        List<Sent> calls = calls(from, action);
        return calls.isEmpty() ? null : calls.get(0);
    }

    private Sent only(int from, String action) {
        List<Sent> calls = await().atMost(WITHIN).until(() -> calls(from, action), c -> !c.isEmpty());
        assertEquals(1, calls.size(), action + " sent once: " + calls);
        return calls.get(0);
    }

    private Sent securityEvent(int from, String type) {
        return await().atMost(WITHIN).until(() -> calls(from, "SecurityEventNotification").stream()
                .filter(sent -> type.equals(sent.payload().get("type").getStringValue())).findFirst().orElse(null),
                sent -> sent != null);
    }

    private static String statusOf(List<Sent> statuses, int connectorId) {
        return statuses.stream().filter(sent -> sent.payload().get("connectorId").getIntValue() == connectorId)
                .map(sent -> sent.payload().get("status").getStringValue()).findFirst().orElseThrow();
    }

    private static JsonNode frame(String text) {
        try {
            return JsonText.parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
