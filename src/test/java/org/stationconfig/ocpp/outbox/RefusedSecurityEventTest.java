package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.ocpp.outbox.Payloads.EMPTY_ANSWER;
import static org.stationconfig.ocpp.outbox.Payloads.meter;
import static org.stationconfig.ocpp.outbox.Payloads.securityEvent;
import static org.stationconfig.ocpp.outbox.Payloads.start;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.audit.AuditEntry;

/**
 * Issue 13.7: a central system without a SecurityEventNotification handler answers NotImplemented. That CALLERROR is
 * final (OCPP 1.6 §4.7 retries transaction messages only): the event leaves the queue at once, recorded, and the
 * transaction messages behind it go without waiting for a retry time.
 */
class RefusedSecurityEventTest {

    private OutboxStation station;
    private TransactionOutbox outbox;

    @BeforeEach
    void bootStation() {
        station = OutboxStation.start();
        station.set(Map.of("transactionMessageAttempts", 3, "transactionMessageRetryInterval", 60));
        outbox = station.outbox();
    }

    @AfterEach
    void stopStation() {
        station.close();
    }

    @Test
    void aSecurityEventRefusedWithACallErrorIsNotRetriedAndHoldsNoTransactionMessageBack() {
        long event = outbox.enqueue(securityEvent("ResetOrReboot"), null);
        long startTx = outbox.enqueue(start(0), "tx-1");

        assertEquals(event, station.sendNow().id());
        assertTrue(outbox.failed(event, Failure.CALL_ERROR, "NotImplemented: no handler"));

        assertEquals(startTx, station.sendNow().id(), "the StartTransaction goes at once, no retry wait in front of it");
        assertEquals(Optional.empty(), outbox.find(event), "the refused event left the queue");
        AuditEntry refused = station.outboxAudit().stream().filter(e -> e.event().equals("OUTBOX_MESSAGE_REFUSED"))
                .findFirst().orElseThrow();
        assertTrue(refused.message().contains("SecurityEventNotification #" + event), refused.message());
        assertTrue(refused.message().contains("NotImplemented: no handler"), refused.message());
        outbox.answered(startTx, Payloads.startAnswer(7));
        assertTrue(outbox.isEmpty());
    }

    @Test
    void aSecurityEventWithoutAnAnswerIsStillRetried() {
        long event = outbox.enqueue(securityEvent("ResetOrReboot"), null);
        station.sendNow();
        outbox.failed(event, Failure.NO_ANSWER);
        station.advance(Duration.ofSeconds(60));
        assertEquals(event, station.sendNow().id(), "no answer may mean it was lost: it is sent again");
        outbox.answered(event, EMPTY_ANSWER);
    }

    /** Before, the unanswered event sat at the head for the 60 s retry interval with the StartTransaction behind it. */
    @Test
    void aSecurityEventWithoutAnAnswerWaitsBehindTheTransactionMessagesAndIsDroppedAfterItsLastSend() {
        long event = outbox.enqueue(securityEvent("ResetOrReboot"), null);
        long startTx = outbox.enqueue(start(0), "tx-1");
        station.sendNow();
        outbox.failed(event, Failure.NO_ANSWER);

        assertFalse(outbox.waitingForRetry(), "the StartTransaction is due: nothing waits");
        assertEquals(startTx, station.sendNow().id(), "the StartTransaction goes while the event waits");
        outbox.answered(startTx, Payloads.startAnswer(7));
        assertEquals(Optional.of(station.now().plusSeconds(60)), outbox.nextDueAt(), "the event's retry time");
        assertTrue(outbox.waitingForRetry());

        long meterValues = outbox.enqueue(meter(1), "tx-1");
        assertEquals(meterValues, station.sendNow().id(), "a message queued later does not wait either");
        outbox.answered(meterValues, EMPTY_ANSWER);
        for (int send = 2; send <= 3; send++) {
            station.advance(Duration.ofSeconds(60L * (send - 1)));
            assertEquals(event, station.sendNow().id(), "retried: send " + send);
            outbox.failed(event, Failure.NO_ANSWER);
        }
        assertTrue(outbox.isEmpty(), "after its last send it is dropped, not parked");
        assertEquals(Optional.empty(), outbox.find(event));
        AuditEntry dropped = station.outboxAudit().stream().filter(e -> e.event().equals("OUTBOX_MESSAGE_UNANSWERED"))
                .findFirst().orElseThrow();
        assertTrue(dropped.message().contains("SecurityEventNotification #" + event + " not answered"), dropped.message());
    }

    @Test
    void aTransactionMessageRefusedWithACallErrorKeepsTheAttemptsRule() {
        long meterValues = outbox.enqueue(meter(1), "tx-1");
        station.sendNow();
        outbox.failed(meterValues, Failure.CALL_ERROR, "InternalError");
        assertEquals(MessageState.QUEUED, outbox.find(meterValues).orElseThrow().state());
        assertEquals(Optional.of(station.now().plusSeconds(60)), outbox.nextDueAt());
        assertTrue(outbox.waitingForRetry(), "a StatusNotification need not wait this minute out");
        station.advance(Duration.ofSeconds(60));
        assertFalse(outbox.waitingForRetry(), "due again: it is being delivered");
    }
}
