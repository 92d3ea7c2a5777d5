package org.stationconfig.station;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.outbox.OutboxAnswer;
import org.stationconfig.station.authorization.AuthorizationCache;
import org.stationconfig.station.ocpp.TransactionWire;

/**
 * The central system's answers to transaction messages: StartTransaction gives the transaction its id and a verdict
 * on the tag; every idTagInfo goes to the authorisation cache. Published on the OCPP thread, handled on the station
 * thread.
 */
@Singleton
class OutboxAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxAnswers.class);

    private final StationThread thread;
    private final Transactions transactions;
    private final AuthorizationCache cache;

    OutboxAnswers(StationThread thread, Transactions transactions, AuthorizationCache cache) {
        this.thread = thread;
        this.transactions = transactions;
        this.cache = cache;
    }

    @EventListener
    void on(OutboxAnswer answer) {
        if (answer.localTransactionId() == null) {
            return;
        }
        try {
            Optional<TransactionWire.StartAnswer> start = TransactionWire.startAnswer(answer.response());
            if (start.isPresent()) {
                thread.execute(() -> transactions.startAnswered(answer.localTransactionId(), start.get().transactionId(),
                        start.get().verdict()));
                return;
            }
            TransactionWire.stopAnswer(answer.payload(), answer.response()).ifPresent(stop ->
                    thread.execute(() -> cache.remember(stop.idTag(), stop.verdict())));
        } catch (RuntimeException e) {
            LOG.warn("The answer to outbox message {} ({}) could not be read", answer.outboxId(), answer.action(), e);
        }
    }
}
