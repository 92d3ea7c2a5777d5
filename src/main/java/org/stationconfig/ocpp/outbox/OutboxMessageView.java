package org.stationconfig.ocpp.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A stored message as the API shows it (without its payload).
 *
 * @param attempts            sends the central system failed to process
 * @param lastError           the last failure: CALL_ERROR or NO_ANSWER, with the central system's description
 * @param serverTransactionId the central system's id for the transaction, once its StartTransaction was answered
 * @param parkedWith          the parked StartTransaction this message waits with
 */
@Serdeable
public record OutboxMessageView(
        long id,
        String action,
        MessageState state,
        int attempts,
        Instant enqueuedAt,
        @Nullable Instant lastAttemptAt,
        @Nullable String lastError,
        @Nullable String localTransactionId,
        @Nullable Integer serverTransactionId,
        @Nullable Long parkedWith) {

    static OutboxMessageView of(OutboxMessage message, @Nullable Integer serverTransactionId) {
        return new OutboxMessageView(message.id(), message.action(), message.state(), message.attempts(),
                message.enqueuedAt(), message.lastAttemptAt(), message.lastError(), message.localTransactionId(),
                serverTransactionId, message.parkedWith());
    }
}
