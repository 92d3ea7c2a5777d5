package org.stationconfig.ocpp.outbox;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Parking and re-queueing. A parked StartTransaction takes its transaction with it: the later messages would refer
 * to a transaction the central system does not know. Callers hold the outbox lock and a write transaction.
 */
@Singleton
class Parking {

    private final OutboxMessageRepository messages;
    private final OutboxJournal journal;

    Parking(OutboxMessageRepository messages, OutboxJournal journal) {
        this.messages = messages;
        this.journal = journal;
    }

    /** Parks a message that has used up its attempts (and, for a StartTransaction, its transaction). */
    void parkExhausted(OutboxMessage message, int attempts, Instant failedAt, String lastError) {
        messages.update(message.id(), MessageState.PARKED, attempts, failedAt, lastError, null);
        int companions = message.isStartTransaction() && message.localTransactionId() != null
                ? messages.parkWithStart(message.localTransactionId(), message.id())
                : 0;
        journal.record("OUTBOX_MESSAGE_PARKED",
                "%s #%d parked after %d failed sends (last: %s)%s".formatted(message.action(), message.id(), attempts,
                        lastError, companions == 0 ? "" : "; %d later messages of its transaction parked with it"
                                .formatted(companions)));
    }

    /** The parked StartTransaction a new message of this transaction has to wait with, if there is one. */
    Optional<Long> parkedStartOf(QueuedAction action, String localTransactionId) {
        if (localTransactionId == null || action == QueuedAction.START_TRANSACTION) {
            return Optional.empty();
        }
        return messages.findParkedStart(localTransactionId);
    }

    void auditParkedOnArrival(long id, QueuedAction action, long startId) {
        journal.record("OUTBOX_MESSAGE_PARKED",
                "%s #%d parked on arrival: its transaction's StartTransaction #%d is parked"
                        .formatted(action.ocppName(), id, startId));
    }

    void auditResent(OutboxMessage inFlightAtStop) {
        journal.record("OUTBOX_MESSAGE_RESENT",
                "%s #%d was in flight when the station stopped; it is queued again and will be sent again (the "
                        .formatted(inFlightAtStop.action(), inFlightAtStop.id())
                        + "central system may already have it: delivery is at-least-once)");
    }

    RequeueOutcome requeue(long id, String principal) {
        Optional<OutboxMessage> found = messages.findById(id);
        if (found.isEmpty()) {
            return RequeueOutcome.UNKNOWN_MESSAGE;
        }
        OutboxMessage message = found.get();
        if (message.state() != MessageState.PARKED) {
            return RequeueOutcome.NOT_PARKED;
        }
        if (message.parkedWith() != null) {
            return RequeueOutcome.START_TRANSACTION_PARKED;
        }
        messages.update(id, MessageState.QUEUED, 0, null, null, null);
        int companions = messages.requeueParkedWith(id);
        journal.recordFor(principal, "OUTBOX_MESSAGE_REQUEUED",
                "%s #%d re-queued with its attempts reset%s".formatted(message.action(), id,
                        companions == 0 ? "" : "; %d messages of its transaction with it".formatted(companions)));
        return RequeueOutcome.REQUEUED;
    }
}
