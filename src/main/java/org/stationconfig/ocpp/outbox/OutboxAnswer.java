package org.stationconfig.ocpp.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;

/**
 * Published when the central system answered an outbox message, after the answer is committed.
 *
 * @param payload  the CALL payload that was sent
 * @param response the answer as the RPC layer read and checked it: the action's response record (e.g. a
 *                 {@code StartTransaction.Response} with the idTagInfo and transactionId)
 */
public record OutboxAnswer(long outboxId, String action, @Nullable String localTransactionId, JsonNode payload,
                           Object response) {
}
