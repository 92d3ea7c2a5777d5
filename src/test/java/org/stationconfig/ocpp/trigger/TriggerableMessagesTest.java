package org.stationconfig.ocpp.trigger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.session.AnswerFirst;
import org.stationconfig.ocpp.v16.types.TriggerMessageStatus;

/**
 * The trigger mechanism with a test-only message: NotImplemented without a bean, Rejected for a connector the bean
 * refuses (and nothing sent), Accepted with the message sent only after the answer (S16 §5.17), one bean per name.
 */
class TriggerableMessagesTest {

    private final ScheduledExecutorService ocppThread = Executors.newSingleThreadScheduledExecutor();
    private final List<String> happened = new CopyOnWriteArrayList<>();

    /** A message for connectors 1 and 2 only, noting when it is sent. */
    private class DiagnosticsStatus implements TriggerableMessage {
        @Override
        public String requestedMessage() {
            return "DiagnosticsStatusNotification";
        }

        @Override
        public boolean accepts(@Nullable Integer connectorId) {
            return connectorId == null || connectorId == 1 || connectorId == 2;
        }

        @Override
        public void send(@Nullable Integer connectorId, boolean extended) {
            happened.add("sent for " + connectorId + (extended ? " (extended)" : ""));
        }
    }

    private final TriggerableMessages messages = new TriggerableMessages(List.of(new DiagnosticsStatus()),
            new AnswerFirst(ocppThread));

    @AfterEach
    void stop() {
        ocppThread.shutdownNow();
    }

    /** Triggers on the OCPP thread, as the session does, noting the answer when the handler table would send it. */
    private void trigger(String requested, @Nullable Integer connectorId, boolean extended) throws Exception {
        ocppThread.submit(() -> messages.trigger(requested, connectorId, extended)
                .whenComplete((status, error) -> happened.add("answered " + status))).get(5, TimeUnit.SECONDS);
    }

    @Test
    void anAcceptedMessageIsSentAfterTheAnswer() throws Exception {
        trigger("DiagnosticsStatusNotification", 2, true);
        await().atMost(Duration.ofSeconds(5)).until(() -> happened.size() == 2);
        assertEquals(List.of("answered Accepted", "sent for 2 (extended)"), happened);
    }

    @Test
    void withoutAConnectorTheBeanDecides() throws Exception {
        trigger("DiagnosticsStatusNotification", null, false);
        await().atMost(Duration.ofSeconds(5)).until(() -> happened.size() == 2);
        assertEquals(List.of("answered Accepted", "sent for null"), happened);
    }

    @Test
    void aConnectorTheMessageDoesNotApplyToIsRejectedAndNothingIsSent() throws Exception {
        trigger("DiagnosticsStatusNotification", 3, false);
        ocppThread.submit(() -> { }).get(5, TimeUnit.SECONDS); // anything queued behind the answer has run
        assertEquals(List.of("answered Rejected"), happened);
    }

    @Test
    void aMessageNoBeanSendsIsNotImplemented() throws Exception {
        trigger("LogStatusNotification", null, true);
        ocppThread.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("answered NotImplemented"), happened);
    }

    @Test
    void aFailingSendDoesNotKeepTheAnswerBackNorStopTheThread() throws Exception {
        TriggerableMessage broken = new DiagnosticsStatus() {
            @Override
            public void send(@Nullable Integer connectorId, boolean extended) {
                throw new IllegalStateException("broken");
            }
        };
        TriggerableMessages withBroken = new TriggerableMessages(List.of(broken), new AnswerFirst(ocppThread));
        ocppThread.submit(() -> withBroken.trigger("DiagnosticsStatusNotification", 1, false)
                .whenComplete((status, error) -> happened.add("answered " + status))).get(5, TimeUnit.SECONDS);
        trigger("DiagnosticsStatusNotification", 1, false);
        await().atMost(Duration.ofSeconds(5)).until(() -> happened.size() == 3);
        assertEquals(List.of("answered Accepted", "answered Accepted", "sent for 1"), happened);
    }

    @Test
    void twoBeansForOneMessageStopTheStation() {
        IllegalStateException duplicate = assertThrows(IllegalStateException.class, () -> new TriggerableMessages(
                List.of(new DiagnosticsStatus(), new DiagnosticsStatus()), new AnswerFirst(ocppThread)));
        assertTrue(duplicate.getMessage().contains("DiagnosticsStatusNotification"), duplicate.getMessage());
    }
}
