package org.stationconfig.ocpp.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One stored message. The id is also its position in the queue: strict FIFO is "lowest id first".
 *
 * @param payload            the CALL payload as the station built it; the server transaction id is patched in
 *                           only when the message is handed out
 * @param localTransactionId the station's own id of the transaction the message belongs to, if any
 * @param attempts           sends the central system failed to process (CALLERROR or no answer while connected)
 * @param lastAttemptAt      when the message was last handed out for sending
 * @param lastFailedAt       when the last failed send was reported; the retry wait counts from here
 * @param parkedWith         the id of the StartTransaction this message was parked with, if that is why it waits
 */
@MappedEntity("outbox_message")
public record OutboxMessage(
        @Id @GeneratedValue @Nullable Long id,
        String action,
        String payload,
        @Nullable String localTransactionId,
        MessageState state,
        int attempts,
        Instant enqueuedAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant lastFailedAt,
        @Nullable String lastError,
        @Nullable Long parkedWith) {

    QueuedAction queuedAction() {
        return QueuedAction.fromOcppName(action).orElseThrow(() -> new IllegalStateException("stored action " + action));
    }

    boolean isStartTransaction() {
        return queuedAction() == QueuedAction.START_TRANSACTION;
    }
}
