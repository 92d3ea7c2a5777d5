package org.stationconfig.ocpp.trigger;

import io.micronaut.core.annotation.Nullable;

/**
 * A message the central system can ask for with TriggerMessage or ExtendedTriggerMessage (S16 §5.17, whitepaper
 * F06). Each feature that owns such a message provides one bean; the trigger handlers answer from them.
 */
public interface TriggerableMessage {

    /** The requestedMessage value this bean answers, e.g. {@code DiagnosticsStatusNotification}. */
    String requestedMessage();

    /**
     * Whether it can be sent for this connector (null: none was named); false answers Rejected. Called on the OCPP
     * thread while the answer waits: decide quickly, without blocking.
     */
    boolean accepts(@Nullable Integer connectorId);

    /**
     * Sends the message, after the trigger's answer went out, with
     * {@link org.stationconfig.ocpp.CentralSystem#callTriggered} so it also goes out while Pending.
     * {@code extended} is true for ExtendedTriggerMessage (FirmwareStatusNotification then means the signed one).
     * Called on the OCPP thread: hand anything that blocks (SQLite, key generation) to another thread.
     */
    void send(@Nullable Integer connectorId, boolean extended);
}
