package org.stationconfig.ocpp;

import java.util.concurrent.CompletableFuture;
import org.stationconfig.ocpp.rpc.OcppRequest;

/**
 * How station logic reaches the central system. Messages that must not be lost (StartTransaction, StopTransaction,
 * MeterValues, security events) go through the durable outbox instead; this is for the rest (Authorize,
 * StatusNotification, DataTransfer, firmware/diagnostics status, ...).
 */
public interface CentralSystem {

    /**
     * Sends now if the station is connected and Accepted; otherwise the future fails at once with
     * {@link NotConnectedException}. Completes on an I/O thread: do not block in callbacks.
     */
    <R> CompletableFuture<R> call(OcppRequest<R> request);

    /**
     * Like {@link #call} but also while the registration is Pending: for a message the central system asked for with
     * a TriggerMessage, the one case a Pending station may send (S16 §4.2.1).
     */
    <R> CompletableFuture<R> callTriggered(OcppRequest<R> request);

    /** Connected and registered (BootNotification Accepted). */
    boolean online();

    /** Something was put into the outbox: deliver it as soon as the connection allows. */
    void outboxChanged();

    class NotConnectedException extends RuntimeException {
        public NotConnectedException(String message) {
            super(message, null, false, false);
        }
    }
}
