package org.stationconfig.connection;

import java.util.concurrent.CompletableFuture;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.transport.OcppLink;

/**
 * One link's protocol conversation as the supervisor drives it, whatever the protocol (its adapter makes it: {@link
 * SessionOpener}). Every method is called on the OCPP thread.
 */
public interface LinkSession {

    /** The link is up: the conversation starts (a BootNotification first when one is due). */
    void opened(OcppLink link);

    /** Whether this link registers anew, rather than continuing an Accepted registration (J16 §5.4). */
    boolean bootDue();

    /** TriggerMessage(BootNotification): the next one now while Pending. */
    void triggerBoot();

    /** TriggerMessage(Heartbeat): one now. */
    void triggerHeartbeat();

    /** A CALL on behalf of station logic, on this link. */
    <R> CompletableFuture<R> call(OcppRequest<R> request);

    /** A new outbox message: let it look again. */
    void outboxChanged();

    /** Intervals changed: apply them from now on. */
    void retune();

    /** Closes on purpose (settings changed, station stopping); the listener hears no end. */
    void close(int code, String reason);
}
