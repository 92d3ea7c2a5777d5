package org.stationconfig.ocpp.outbox;

import io.micronaut.core.annotation.Nullable;

/**
 * Published when the central system answered an outbox message (e.g. StartTransaction's idTagInfo and transactionId),
 * after the answer is committed.
 */
public record OutboxAnswer(long outboxId, String action, @Nullable String localTransactionId, String payload,
                           String response) {
}
