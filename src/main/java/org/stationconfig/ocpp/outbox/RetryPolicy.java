package org.stationconfig.ocpp.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * When a message may be sent again and when it has had enough sends (OCPP 1.6 §4.7: {@code
 * TransactionMessageAttempts} and {@code TransactionMessageRetryInterval}); read through {@link RetrySettings} at
 * each decision.
 *
 * @param maxAttempts the total number of sends the central system may fail to process before the message is parked
 */
public record RetryPolicy(int maxAttempts, Duration retryInterval) {

    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** After n failed sends the next send waits retryInterval × n from the last failure; a fresh message is due at once. */
    Instant dueAt(OutboxMessage message) {
        if (message.attempts() == 0 || message.lastFailedAt() == null || exhausted(message.attempts())) {
            return message.lastFailedAt() != null ? message.lastFailedAt() : message.enqueuedAt();
        }
        return message.lastFailedAt().plus(retryInterval.multipliedBy(message.attempts()));
    }
}
