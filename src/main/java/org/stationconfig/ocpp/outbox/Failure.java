package org.stationconfig.ocpp.outbox;

/** Why the central system did not process a sent message; each one uses up an attempt. */
public enum Failure {
    /** The central system answered with a CALLERROR. */
    CALL_ERROR,
    /** No answer within the message timeout while the connection stayed up. */
    NO_ANSWER
}
