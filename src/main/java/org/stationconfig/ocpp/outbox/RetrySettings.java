package org.stationconfig.ocpp.outbox;

/**
 * The retry rule in force, read at each decision so that a change applies to messages already waiting (a port: the
 * station's settings implement it from {@code transactionMessageAttempts} and
 * {@code transactionMessageRetryInterval}).
 */
public interface RetrySettings {

    RetryPolicy current();
}
