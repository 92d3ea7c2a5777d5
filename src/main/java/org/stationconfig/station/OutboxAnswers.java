package org.stationconfig.station;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.outbox.OutboxAnswer;
import org.stationconfig.ocpp.rpc.PayloadReader;
import org.stationconfig.ocpp.v16.core.StartTransaction;
import org.stationconfig.ocpp.v16.core.StopTransaction;
import org.stationconfig.station.authorization.AuthorizationCache;

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
    private final PayloadReader reader = new PayloadReader();

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
        if (answer.response() instanceof StartTransaction.Response response) {
            thread.execute(() -> transactions.startAnswered(answer.localTransactionId(), response.transactionId(),
                    response.idTagInfo()));
        } else if (answer.response() instanceof StopTransaction.Response response && response.idTagInfo() != null) {
            try {
                StopTransaction.Request request = reader.read(answer.payload(), StopTransaction.Request.class);
                if (request.idTag() != null) {
                    thread.execute(() -> cache.remember(request.idTag(), response.idTagInfo()));
                }
            } catch (RuntimeException e) {
                LOG.warn("The StopTransaction of outbox message {} could not be read back", answer.outboxId(), e);
            }
        }
    }
}
