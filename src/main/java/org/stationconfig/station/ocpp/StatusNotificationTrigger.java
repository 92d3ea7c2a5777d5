package org.stationconfig.station.ocpp;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.trigger.TriggerableMessage;
import org.stationconfig.ocpp.v16.core.StatusNotification;
import org.stationconfig.station.connector.StatusNotifications;

/**
 * A triggered StatusNotification reports the current status (S16 §5.17): of the one connector named (0 is the
 * station), or without one of the station and every connector. A connector the station does not have is Rejected.
 */
@Singleton
public class StatusNotificationTrigger implements TriggerableMessage {

    private static final Logger LOG = LoggerFactory.getLogger(StatusNotificationTrigger.class);

    private final StatusNotifications notifications;
    private final CentralSystem centralSystem;
    private final int connectors;

    StatusNotificationTrigger(StatusNotifications notifications, CentralSystem centralSystem,
                              StationProperties station) {
        this.notifications = notifications;
        this.centralSystem = centralSystem;
        this.connectors = station.connectors();
    }

    @Override
    public String requestedMessage() {
        return "StatusNotification";
    }

    @Override
    public boolean accepts(@Nullable Integer connectorId) {
        return connectorId == null || connectorId <= connectors;
    }

    @Override
    public void send(@Nullable Integer connectorId, boolean extended) {
        report(connectorId);
    }

    /**
     * Sends the current statuses of the connector (0 is the station), or without one of all, as a TriggerMessage
     * would; the app's status report runs this too.
     *
     * @return the statuses sent; offline none is delivered
     */
    public SortedMap<Integer, StatusNotifications.Held> report(@Nullable Integer connectorId) {
        SortedMap<Integer, StatusNotifications.Held> sent = notifications.statuses();
        sent.keySet().removeIf(id -> connectorId != null && connectorId != id.intValue());
        for (Map.Entry<Integer, StatusNotifications.Held> entry : sent.entrySet()) {
            StatusNotification.Request status = ConnectorStatusWire.request(entry.getKey(), entry.getValue().status(),
                    entry.getValue().errorCode(), entry.getValue().since());
            centralSystem.callTriggered(status).exceptionally(error -> {
                LOG.info("Triggered StatusNotification for connector {} not delivered: {}", status.connectorId(),
                        error.toString());
                return null;
            });
        }
        return sent;
    }
}
