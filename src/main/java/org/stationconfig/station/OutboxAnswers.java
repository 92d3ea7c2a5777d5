package org.stationconfig.station;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.outbox.OutboxAnswer;
import org.stationconfig.ocpp.rpc.JsonText;
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
        try {
            if (StartTransaction.ACTION.name().equals(answer.action())) {
                StartTransaction.Response response = reader.read(JsonText.parse(answer.response()),
                        StartTransaction.Response.class);
                thread.execute(() -> transactions.startAnswered(answer.localTransactionId(), response.transactionId(),
                        response.idTagInfo()));
            } else if (StopTransaction.ACTION.name().equals(answer.action())) {
                StopTransaction.Response response = reader.read(JsonText.parse(answer.response()),
                        StopTransaction.Response.class);
                StopTransaction.Request request = reader.read(JsonText.parse(answer.payload()),
                        StopTransaction.Request.class);
                if (response.idTagInfo() != null && request.idTag() != null) {
                    thread.execute(() -> cache.remember(request.idTag(), response.idTagInfo()));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The answer to outbox message {} ({}) could not be read", answer.outboxId(), answer.action(), e);
        }
    }
}
