package org.stationconfig.ocpp.outbox;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.stationconfig.ocpp.v16.core.StartTransaction;

/**
 * Local → server transaction ids, learnt from StartTransaction answers and kept in SQLite so that a StopTransaction
 * queued before a restart still gets the right id. A mapping is forgotten once the transaction's StopTransaction is
 * delivered and no stored message refers to the transaction any more.
 */
@Singleton
class ServerTransactionIds {

    private final ServerTransactionIdRepository repository;
    private final OutboxMessageRepository messages;
    private final OutboxJournal journal;

    ServerTransactionIds(ServerTransactionIdRepository repository, OutboxMessageRepository messages,
                         OutboxJournal journal) {
        this.repository = repository;
        this.messages = messages;
        this.journal = journal;
    }

    Optional<Integer> find(String localTransactionId) {
        return repository.findById(localTransactionId).map(ServerTransactionId::serverTransactionId);
    }

    Map<String, Integer> find(Collection<String> localTransactionIds) {
        return localTransactionIds.isEmpty() ? Map.of() : repository.findByLocalTransactionIdIn(localTransactionIds)
                .stream().collect(Collectors.toMap(ServerTransactionId::localTransactionId,
                        ServerTransactionId::serverTransactionId));
    }

    /** Called in the write transaction that deletes the delivered message. */
    void learnFrom(OutboxMessage delivered, Object response, Instant now) {
        String localId = delivered.localTransactionId();
        if (localId == null) {
            return;
        }
        switch (delivered.queuedAction()) {
            case START_TRANSACTION -> remember(delivered, localId, response instanceof StartTransaction.Response answer
                    ? OptionalInt.of(answer.transactionId()) : OptionalInt.empty(), now);
            case STOP_TRANSACTION -> {
                if (!messages.existsByLocalTransactionId(localId)) {
                    repository.deleteById(localId);
                }
            }
            default -> {
                // MeterValues answers carry nothing to learn
            }
        }
    }

    private void remember(OutboxMessage start, String localId, OptionalInt serverId, Instant now) {
        if (serverId.isEmpty()) {
            journal.record("OUTBOX_NO_TRANSACTION_ID",
                    "StartTransaction #%d of local transaction %s was answered without a transactionId; its later "
                            .formatted(start.id(), localId) + "messages are sent as the station built them");
            return;
        }
        ServerTransactionId mapping = new ServerTransactionId(localId, serverId.getAsInt(), now);
        if (repository.existsById(localId)) {
            repository.update(mapping);
        } else {
            repository.save(mapping);
        }
    }
}
