package org.stationconfig.ocpp.outbox;

import java.time.Duration;
import java.time.Instant;
import org.stationconfig.settings.SettingsSnapshot;

/**
 * When a message may be sent again and when it has had enough sends, from {@code transactionMessageAttempts}
 * and {@code transactionMessageRetryInterval}. Built from the settings at each decision, so a change applies to
 * messages already waiting.
 *
 * @param maxAttempts the total number of sends the central system may fail to process before the message is parked
 */
record RetryPolicy(int maxAttempts, Duration retryInterval) {

    static RetryPolicy from(SettingsSnapshot settings) {
        return new RetryPolicy(settings.intValue("transactionMessageAttempts"),
                Duration.ofSeconds(settings.intValue("transactionMessageRetryInterval")));
    }

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
