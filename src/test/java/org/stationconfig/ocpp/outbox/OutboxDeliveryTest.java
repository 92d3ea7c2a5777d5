package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.ocpp.outbox.Payloads.EMPTY_ANSWER;
import static org.stationconfig.ocpp.outbox.Payloads.meter;
import static org.stationconfig.ocpp.outbox.Payloads.securityEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.v16.core.Heartbeat;
import org.stationconfig.ocpp.v16.core.MeterValues;
import org.stationconfig.ocpp.v16.core.StartTransaction;

/** Order, one in flight, and what each outcome costs, on a real SQLite file with a test clock. */
class OutboxDeliveryTest {

    private OutboxStation station;
    private TransactionOutbox outbox;

    @BeforeEach
    void bootStation() {
        station = OutboxStation.start();
        station.set(Map.of("transactionMessageAttempts", 5, "transactionMessageRetryInterval", 60));
        outbox = station.outbox();
    }

    @AfterEach
    void stopStation() {
        station.close();
    }

    private OutboundMessage sendNow() {
        return station.sendNow();
    }

    @Test
    void messagesLeaveInTheOrderTheyWereQueued() {
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            queued.add(i % 7 == 0 ? outbox.enqueue(securityEvent("Event" + i), null)
                    : outbox.enqueue(meter(i), "tx-" + (i % 3)));
        }
        List<Long> sent = new ArrayList<>();
        for (Optional<OutboundMessage> next = outbox.next(station.now()); next.isPresent();
             next = outbox.next(station.now())) {
            sent.add(next.get().id());
            assertTrue(outbox.answered(next.get().id(), EMPTY_ANSWER));
        }
        assertEquals(queued, sent);
        assertTrue(outbox.isEmpty());
    }

    @Test
    void nothingElseIsHandedOutWhileAMessageIsInFlight() {
        long first = outbox.enqueue(meter(1), null);
        long second = outbox.enqueue(meter(2), null);

        assertEquals(first, sendNow().id());
        assertEquals(Optional.empty(), outbox.next(station.now()));
        assertEquals(Optional.empty(), outbox.nextDueAt(), "nothing to schedule until the outcome is in");
        assertFalse(outbox.isEmpty());

        outbox.answered(first, EMPTY_ANSWER);
        assertEquals(second, sendNow().id());
    }

    @Test
    void eachFailedSendUsesAnAttemptAndTheWaitGrowsByTheRetryInterval() {
        long head = outbox.enqueue(meter(1), null);
        long behind = outbox.enqueue(meter(2), null);

        assertEquals(1, sendNow().send());
        outbox.failed(head, Failure.CALL_ERROR, "InternalError: database busy");
        assertEquals(Optional.of(station.now().plusSeconds(60)), outbox.nextDueAt(), "wait before send 2 = 60 s × 1");
        station.advance(Duration.ofSeconds(59));
        assertEquals(Optional.empty(), outbox.next(station.now()), "strict FIFO: the message behind does not overtake");

        station.advance(Duration.ofSeconds(1));
        OutboundMessage second = sendNow();
        assertEquals(head, second.id());
        assertEquals(2, second.send());
        outbox.failed(head, Failure.NO_ANSWER);
        assertEquals(Optional.of(station.now().plusSeconds(120)), outbox.nextDueAt(), "wait before send 3 = 60 s × 2");
        station.advance(Duration.ofSeconds(119));
        assertEquals(Optional.empty(), outbox.next(station.now()));
        station.advance(Duration.ofSeconds(1));
        assertEquals(3, sendNow().send());

        OutboxMessageView view = outbox.find(head).orElseThrow();
        assertEquals(2, view.attempts());
        assertEquals("NO_ANSWER", view.lastError());
        assertEquals(MessageState.IN_FLIGHT, view.state());
        assertEquals(station.now(), view.lastAttemptAt());
        outbox.answered(head, EMPTY_ANSWER);
        assertEquals(behind, sendNow().id());
    }

    @Test
    void timeOfflineUsesNoAttempt() {
        long id = outbox.enqueue(meter(1), null);
        for (int i = 0; i < 10; i++) {
            assertEquals(1, sendNow().send());
            assertTrue(outbox.interrupted(id));
            station.advance(Duration.ofHours(1));
        }
        assertEquals(0, outbox.find(id).orElseThrow().attempts());
        assertEquals(MessageState.QUEUED, outbox.find(id).orElseThrow().state());
    }

    @Test
    void anInterruptedRetryKeepsTheAttemptsAlreadyUsed() {
        long id = outbox.enqueue(meter(1), null);
        sendNow();
        outbox.failed(id, Failure.CALL_ERROR);
        station.advance(Duration.ofSeconds(60));
        sendNow();
        outbox.interrupted(id);
        assertEquals(2, sendNow().send(), "the interrupted second send is repeated as the second send");
    }

    @Test
    void aChangedRetryIntervalAppliesToAMessageAlreadyWaiting() {
        long id = outbox.enqueue(meter(1), null);
        sendNow();
        outbox.failed(id, Failure.CALL_ERROR);
        station.set(Map.of("transactionMessageRetryInterval", 10));
        assertEquals(Optional.of(station.now().plusSeconds(10)), outbox.nextDueAt());
        station.advance(Duration.ofSeconds(10));
        assertEquals(id, sendNow().id());
    }

    @Test
    void onlyValidTransactionMessagesAndSecurityEventsAreQueued() {
        assertThrows(IllegalArgumentException.class, () -> outbox.enqueue(new Heartbeat.Request(), null));
        assertThrows(IllegalArgumentException.class, () -> outbox.enqueue(new MeterValues.Request(-1, null,
                meter(1).meterValue()), null), "connectorId must not be negative");
        assertThrows(IllegalArgumentException.class, () -> outbox.enqueue(new StartTransaction.Request(1,
                "A-TAG-LONGER-THAN-20-CHARACTERS", 0, null, Instant.EPOCH), "tx-1"), "idTag is at most 20 characters");
        assertThrows(IllegalArgumentException.class, () -> outbox.enqueue(securityEvent("X"), "tx-1"));
        assertTrue(outbox.isEmpty());
        assertEquals(Optional.empty(), outbox.nextDueAt());
    }

    @Test
    void anOutcomeForAMessageThatIsNotInFlightChangesNothing() {
        long id = outbox.enqueue(meter(1), null);
        assertFalse(outbox.answered(id, EMPTY_ANSWER));
        assertFalse(outbox.failed(id, Failure.CALL_ERROR));
        assertFalse(outbox.interrupted(id));
        OutboxMessageView view = outbox.find(id).orElseThrow();
        assertEquals(MessageState.QUEUED, view.state());
        assertEquals(0, view.attempts());
        assertEquals(id, sendNow().id());
    }
}
