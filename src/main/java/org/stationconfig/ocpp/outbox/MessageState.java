package org.stationconfig.ocpp.outbox;

/** Where a stored message stands. Delivered messages are deleted, so there is no DONE. */
public enum MessageState {
    /** Waiting for its turn (and, after a failed send, for its retry time). */
    QUEUED,
    /** Handed to the session and not yet answered; at most one message is in this state. */
    IN_FLIGHT,
    /** Out of attempts, or held with its transaction's parked StartTransaction; waits for a re-queue. */
    PARKED
}
