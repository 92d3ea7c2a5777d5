package org.stationconfig.connection;

import org.stationconfig.ocpp.trigger.TriggerableMessage;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.stationconfig.ocpp.session.SessionTriggers;

/**
 * A triggered Heartbeat goes out at once, Accepted or Pending, and its currentTime sets the clock like any
 * Heartbeat's. Before the first BootNotification answer nothing but a BootNotification may be sent (S16 §4.2), so
 * it is Rejected then. The connectorId does not apply to it (S16 §5.17) and is ignored.
 */
@Singleton
class HeartbeatTrigger implements TriggerableMessage {

    private final SessionTriggers session;
    private final LiveConnection connection;

    HeartbeatTrigger(SessionTriggers session, LiveConnection connection) {
        this.session = session;
        this.connection = connection;
    }

    @Override
    public String requestedMessage() {
        return "Heartbeat";
    }

    @Override
    public boolean accepts(@Nullable Integer connectorId) {
        Registration registration = connection.read().registration();
        return registration == Registration.ACCEPTED || registration == Registration.PENDING;
    }

    @Override
    public void send(@Nullable Integer connectorId, boolean extended) {
        session.triggerHeartbeat();
    }
}
