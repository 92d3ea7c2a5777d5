package org.stationconfig.ocpp.outbox;

/**
 * Where the outbox writes down what it did to a message, for a person to read later (a port: the station's audit
 * log implements it, outside the protocol machinery). Called inside the outbox's write transaction, so a line and the
 * change it describes commit together.
 */
public interface OutboxJournal {

    /** Something the outbox did on its own, e.g. {@code OUTBOX_MESSAGE_PARKED}. */
    void record(String event, String text);

    /** Something a person asked for through the app, e.g. {@code OUTBOX_MESSAGE_REQUEUED}. */
    void recordFor(String principal, String event, String text);
}
