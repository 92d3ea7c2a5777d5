package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.stationconfig.ocpp.ConnectorStatusReport;
import org.stationconfig.ocpp.v16.core.StatusNotification;
import org.stationconfig.station.connector.StatusNotifications;

/** The connectors' statuses as the StatusNotifications a session sends after (re)connecting. */
@Singleton
public class StatusNotificationReport implements ConnectorStatusReport {

    private final StatusNotifications notifications;

    StatusNotificationReport(StatusNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<StatusNotification.Request> statuses(Instant now) {
        return notifications.statuses().entrySet().stream()
                .map(entry -> ConnectorStatusWire.request(entry.getKey(), entry.getValue().status(),
                        entry.getValue().errorCode(), entry.getValue().since()))
                .toList();
    }
}
