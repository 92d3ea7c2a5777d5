package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import org.stationconfig.charging.LimitProfile;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.station.authorization.Authorization;
import org.stationconfig.station.connector.ConnectorFault;
import org.stationconfig.station.connector.ConnectorStatus;
import org.stationconfig.station.connector.ConnectorStatusRule;
import org.stationconfig.station.metering.MeterSample;
import org.stationconfig.station.reservation.Reservation;

/** What the station knows about one connector. Only touched on the station thread. */
final class Connector {

    /**
     * An authorised start waiting for the cable (Preparing), cancelled after ConnectionTimeOut.
     *
     * @param profile the TxProfile a RemoteStartTransaction brought, if any
     */
    record PendingStart(Authorization authorization, @Nullable LimitProfile profile, Scheduler.Cancellable timeout) {
    }

    final int id;
    boolean plugged;
    boolean evDrawing;
    @Nullable ConnectorFault fault;
    /** ChangeAvailability Inoperative; persisted. */
    boolean inoperative;
    /** ChangeAvailability Inoperative answered Scheduled: applies when the transaction ends. */
    boolean inoperativeScheduled;
    @Nullable PendingStart pending;
    /** A transaction ended with the cable still in. */
    boolean finishing;
    @Nullable OpenTransaction transaction;
    BigDecimal offeredA = BigDecimal.ZERO;
    @Nullable String lastIdTag;
    @Nullable Instant lastIdTagAt;
    @Nullable MeterSample lastMeterValue;
    /** The reservation on this connector (S16 §5.13). */
    @Nullable Reservation reservation;
    /** Held back for the reservations on connector 0: no more connectors are free than they need. */
    boolean held;

    Connector(int id) {
        this.id = id;
    }

    ConnectorStatus status() {
        return ConnectorStatusRule.of(new ConnectorStatusRule.Facts(plugged, evDrawing, fault, inoperative,
                pending != null, finishing, transaction != null, offeredA.signum() > 0, reservation != null || held));
    }

    ConnectorFault errorCode() {
        return fault == null ? ConnectorFault.NoError : fault;
    }

    /** Free for a new transaction: operative, no fault, no transaction. */
    boolean free() {
        return transaction == null && fault == null && !inoperative;
    }

    /** Could take a reservation's driver: free, no start waiting, no reservation, no cable left from a transaction. */
    boolean freeForReservation() {
        return free() && pending == null && reservation == null && !finishing;
    }

    void cancelPending() {
        if (pending != null) {
            pending.timeout().cancel();
            pending = null;
        }
    }
}
