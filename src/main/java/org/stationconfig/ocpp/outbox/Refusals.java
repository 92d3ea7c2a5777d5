package org.stationconfig.ocpp.outbox;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A non-transaction message the central system answered with a CALLERROR (e.g. SecurityEventNotification
 * NotImplemented from a central system without a handler): final, so it leaves the queue at once and holds no
 * transaction message back. The audit line (and the security log, for an event) keeps the record. Callers hold the
 * outbox lock and a write transaction. One left unanswered is retried behind the transaction messages (see
 * {@link TransactionOutbox#next}) and, when its attempts are used up, dropped the same way.
 */
@Singleton
class Refusals {

    private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

    private final OutboxMessageRepository messages;
    private final OutboxJournal journal;

    Refusals(OutboxMessageRepository messages, OutboxJournal journal) {
        this.messages = messages;
        this.journal = journal;
    }

    void refused(OutboxMessage message, String error) {
        messages.deleteById(message.id());
        String text = "%s #%d refused by the central system (%s); not sent again: the retry rule is for transaction "
                .formatted(message.action(), message.id(), error) + "messages only";
        journal.record("OUTBOX_MESSAGE_REFUSED", text);
        LOG.warn(text);
    }

    /** A non-transaction message left unanswered on every one of its attempts: recorded as failed and dropped. */
    void unanswered(OutboxMessage message, int attempts, String error) {
        messages.deleteById(message.id());
        String text = "%s #%d not answered by the central system in %d attempts (%s); dropped: it is not a transaction "
                .formatted(message.action(), message.id(), attempts, error) + "message, so it is not parked";
        journal.record("OUTBOX_MESSAGE_UNANSWERED", text);
        LOG.warn(text);
    }
}
