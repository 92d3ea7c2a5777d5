package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;

/**
 * Where a start asked for on a connector (RemoteStartTransaction, the app's start command) ended up.
 *
 * @param connectorId the connector chosen; null when none could be
 * @param localTransactionId the transaction's local id once it {@link Kind#STARTED}
 * @param reason why it did not start, in words for the app; null when it started or waits for the cable
 */
public record StartOutcome(Kind kind, @Nullable Integer connectorId, @Nullable String localTransactionId,
                           @Nullable String reason) {

    public enum Kind {
        STARTED,
        /** Authorised; starts when the cable is plugged in within ConnectionTimeOut (Preparing). */
        WAITING_FOR_CABLE,
        TAG_REFUSED,
        CONNECTOR_OCCUPIED,
        CONNECTOR_FAULTED,
        CONNECTOR_UNAVAILABLE,
        RESERVED,
        /** A charging profile that breaks the rules (RemoteStartTransaction only). */
        PROFILE_REJECTED
    }

    static StartOutcome started(int connectorId, String localTransactionId) {
        return new StartOutcome(Kind.STARTED, connectorId, localTransactionId, null);
    }

    static StartOutcome waiting(int connectorId) {
        return new StartOutcome(Kind.WAITING_FOR_CABLE, connectorId, null, null);
    }

    static StartOutcome refused(Kind kind, @Nullable Integer connectorId, String reason) {
        return new StartOutcome(kind, connectorId, null, reason);
    }

    public boolean began() {
        return kind == Kind.STARTED || kind == Kind.WAITING_FOR_CABLE;
    }
}
