package org.stationconfig.ocpp.outbox;

import java.util.Arrays;
import java.util.Optional;

/** The OCPP 1.6 actions that go through the outbox (SPEC §5): transaction messages and security events. */
public enum QueuedAction {
    START_TRANSACTION("StartTransaction"),
    STOP_TRANSACTION("StopTransaction"),
    METER_VALUES("MeterValues"),
    SECURITY_EVENT_NOTIFICATION("SecurityEventNotification");

    private final String ocppName;

    QueuedAction(String ocppName) {
        this.ocppName = ocppName;
    }

    public String ocppName() {
        return ocppName;
    }

    public static Optional<QueuedAction> fromOcppName(String name) {
        return Arrays.stream(values()).filter(action -> action.ocppName.equals(name)).findFirst();
    }

    /**
     * OCPP 1.6 §4.7's transaction-related messages: only these are retried after a CALLERROR
     * ({@code TransactionMessageAttempts}); a CALLERROR for any other queued message is final.
     */
    public boolean isTransactionMessage() {
        return this != SECURITY_EVENT_NOTIFICATION;
    }

    /** Messages that refer to a transaction by its server id once the central system has given one. */
    boolean carriesServerTransactionId() {
        return this == STOP_TRANSACTION || this == METER_VALUES;
    }
}
