package org.stationconfig.ocpp.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The read side for the API: pages in queue order, joined with the server transaction ids. */
@Singleton
class OutboxViews {

    private final OutboxMessageRepository messages;
    private final ServerTransactionIds serverIds;
    private final OutboxConfiguration configuration;
    private final TransactionOperations<Connection> transactions;

    OutboxViews(OutboxMessageRepository messages, ServerTransactionIds serverIds, OutboxConfiguration configuration,
                TransactionOperations<Connection> transactions) {
        this.messages = messages;
        this.serverIds = serverIds;
        this.configuration = configuration;
        this.transactions = transactions;
    }

    OutboxListing list(@Nullable MessageState state, int page, int size, boolean memoryExhausted) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("id")));
        return transactions.executeRead(status -> {
            Page<OutboxMessage> found = state == null ? messages.findAll(pageable) : messages.findByState(state, pageable);
            Set<String> localIds = found.getContent().stream().map(OutboxMessage::localTransactionId)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            Map<String, Integer> known = serverIds.find(localIds);
            return new OutboxListing(
                    found.getContent().stream()
                            .map(message -> OutboxMessageView.of(message, message.localTransactionId() == null
                                    ? null : known.get(message.localTransactionId())))
                            .toList(),
                    page, size, found.getTotalSize(),
                    messages.countByState(MessageState.QUEUED), messages.countByState(MessageState.IN_FLIGHT),
                    messages.countByState(MessageState.PARKED), configuration.maxMessages(), memoryExhausted);
        });
    }

    Optional<OutboxMessageView> find(long id) {
        return transactions.executeRead(status -> messages.findById(id).map(message -> OutboxMessageView.of(message,
                message.localTransactionId() == null ? null : serverIds.find(message.localTransactionId()).orElse(null))));
    }
}
