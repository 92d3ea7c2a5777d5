package org.stationconfig.connection;

import org.stationconfig.ocpp.trigger.TriggerableMessage;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.stationconfig.ocpp.session.SessionTriggers;

/**
 * A triggered BootNotification is a real one: its answer decides the registration (Accepted adopts the heartbeat
 * interval, ...). It is for a Pending station; once Accepted the central system SHALL NOT trigger it (errata 3.40),
 * so it is Rejected then. The connectorId does not apply to it (S16 §5.17) and is ignored.
 */
@Singleton
class BootNotificationTrigger implements TriggerableMessage {

    private final SessionTriggers session;
    private final LiveConnection connection;

    BootNotificationTrigger(SessionTriggers session, LiveConnection connection) {
        this.session = session;
        this.connection = connection;
    }

    @Override
    public String requestedMessage() {
        return "BootNotification";
    }

    @Override
    public boolean accepts(@Nullable Integer connectorId) {
        return connection.read().registration() != Registration.ACCEPTED;
    }

    @Override
    public void send(@Nullable Integer connectorId, boolean extended) {
        session.triggerBootNotification();
    }
}
