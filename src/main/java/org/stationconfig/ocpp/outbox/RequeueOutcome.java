package org.stationconfig.ocpp.outbox;

/** What {@link TransactionOutbox#requeue} did. */
public enum RequeueOutcome {
    /** Back in the queue at its original position with attempts reset (with its transaction if a StartTransaction). */
    REQUEUED,
    UNKNOWN_MESSAGE,
    NOT_PARKED,
    /** It waits for its transaction's parked StartTransaction: re-queue that one, and this comes back with it. */
    START_TRANSACTION_PARKED
}
