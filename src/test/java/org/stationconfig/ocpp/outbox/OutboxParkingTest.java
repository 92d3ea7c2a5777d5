package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.ocpp.outbox.Payloads.EMPTY_ANSWER;
import static org.stationconfig.ocpp.outbox.Payloads.START;
import static org.stationconfig.ocpp.outbox.Payloads.meter;
import static org.stationconfig.ocpp.outbox.Payloads.start;
import static org.stationconfig.ocpp.outbox.Payloads.startAnswer;
import static org.stationconfig.ocpp.outbox.Payloads.stop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.audit.AuditEntry;

/** Messages out of attempts are parked, never dropped; a parked StartTransaction holds its transaction back. */
class OutboxParkingTest {

    private OutboxStation station;
    private TransactionOutbox outbox;

    @BeforeEach
    void bootStation() {
        station = OutboxStation.start();
        station.set(Map.of("transactionMessageAttempts", 2, "transactionMessageRetryInterval", 30));
        outbox = station.outbox();
    }

    @AfterEach
    void stopStation() {
        station.close();
    }

    private OutboundMessage sendNow() {
        return station.sendNow();
    }

    /** Sends the head and has the central system refuse it until its attempts are used up. */
    private void failUntilParked(long id) {
        for (int send = 1; send <= 2; send++) {
            assertEquals(id, sendNow().id());
            outbox.failed(id, Failure.CALL_ERROR, "InternalError: send " + send);
            station.advance(Duration.ofMinutes(5));
        }
    }

    private MessageState state(long id) {
        return outbox.find(id).orElseThrow().state();
    }

    private List<Long> drain() {
        List<Long> sent = new ArrayList<>();
        for (Optional<OutboundMessage> next = outbox.next(station.now()); next.isPresent();
             next = outbox.next(station.now())) {
            sent.add(next.get().id());
            outbox.answered(next.get().id(), next.get().action().equals(START) ? startAnswer(77) : EMPTY_ANSWER);
        }
        return sent;
    }

    @Test
    void aMessageIsParkedAfterItsLastAttemptAndTheQueueMovesOn() {
        long refused = outbox.enqueue(meter(1), null);
        long next = outbox.enqueue(meter(2), null);

        failUntilParked(refused);

        OutboxMessageView parked = outbox.find(refused).orElseThrow();
        assertEquals(MessageState.PARKED, parked.state());
        assertEquals(2, parked.attempts());
        assertEquals("CALL_ERROR: InternalError: send 2", parked.lastError());
        AuditEntry audit = station.outboxAudit().get(0);
        assertEquals("OUTBOX_MESSAGE_PARKED", audit.event());
        assertTrue(audit.message().contains("MeterValues #" + refused + " parked after 2 failed sends"), audit.message());
        assertEquals(List.of(next), drain());
        assertTrue(outbox.isEmpty(), "parked messages wait for a person, not for the session");
    }

    @Test
    void aParkedStartTransactionTakesTheRestOfItsTransactionWithIt() {
        long startA = outbox.enqueue(start(0), "A");
        long meterA = outbox.enqueue(meter(10), "A");
        long meterB = outbox.enqueue(meter(20), "B");
        long stopA = outbox.enqueue(stop(30), "A");

        failUntilParked(startA);

        assertEquals(MessageState.PARKED, state(meterA));
        assertEquals(MessageState.PARKED, state(stopA));
        assertEquals(startA, outbox.find(stopA).orElseThrow().parkedWith());
        assertTrue(station.outboxAudit().get(0).message().contains("2 later messages of its transaction parked with it"));

        long lateMeterA = outbox.enqueue(meter(40), "A");
        assertEquals(MessageState.PARKED, state(lateMeterA), "a message of a parked transaction is parked on arrival");
        assertEquals(startA, outbox.find(lateMeterA).orElseThrow().parkedWith());
        assertEquals(List.of(meterB), drain());
    }

    @Test
    void aRequeuedStartTransactionReturnsToItsPlaceWithItsTransactionAndFreshAttempts() {
        long startA = outbox.enqueue(start(0), "A");
        long meterA = outbox.enqueue(meter(10), "A");
        long stopA = outbox.enqueue(stop(30), "A");
        failUntilParked(startA);
        long later = outbox.enqueue(meter(50), "B");

        assertEquals(RequeueOutcome.REQUEUED, outbox.requeue(startA, "service"));

        OutboxMessageView requeued = outbox.find(startA).orElseThrow();
        assertEquals(MessageState.QUEUED, requeued.state());
        assertEquals(0, requeued.attempts());
        assertNull(requeued.lastError());
        assertNull(outbox.find(stopA).orElseThrow().parkedWith());
        assertEquals("OUTBOX_MESSAGE_REQUEUED", station.outboxAudit().get(0).event());
        assertEquals("service", station.outboxAudit().get(0).principal());
        assertEquals(1, sendNow().send(), "attempts start again at the first send");
        outbox.interrupted(startA);
        assertEquals(List.of(startA, meterA, stopA, later), drain(), "back in the original order, ahead of later ones");
    }

    @Test
    void aMessageParkedWithItsStartTransactionCannotBeRequeuedAlone() {
        long startA = outbox.enqueue(start(0), "A");
        long meterA = outbox.enqueue(meter(10), "A");
        failUntilParked(startA);

        assertEquals(RequeueOutcome.START_TRANSACTION_PARKED, outbox.requeue(meterA, "service"));
        assertEquals(MessageState.PARKED, state(meterA));
        assertEquals(RequeueOutcome.UNKNOWN_MESSAGE, outbox.requeue(9999, "service"));
        long queued = outbox.enqueue(meter(1), null);
        assertEquals(RequeueOutcome.NOT_PARKED, outbox.requeue(queued, "service"));
    }

    @Test
    void loweringTheAttemptsSettingParksAWaitingMessageAtTheNextDecision() {
        station.set(Map.of("transactionMessageAttempts", 5));
        long waiting = outbox.enqueue(meter(1), null);
        long behind = outbox.enqueue(meter(2), null);
        sendNow();
        outbox.failed(waiting, Failure.NO_ANSWER);
        sendNowAfter(Duration.ofSeconds(30));
        outbox.failed(waiting, Failure.NO_ANSWER);

        station.set(Map.of("transactionMessageAttempts", 2));

        assertEquals(behind, sendNow().id(), "the waiting head is parked at once and the next message goes");
        assertEquals(MessageState.PARKED, state(waiting));
        assertEquals("NO_ANSWER", outbox.find(waiting).orElseThrow().lastError());
    }

    private void sendNowAfter(Duration wait) {
        station.advance(wait);
        sendNow();
    }
}
