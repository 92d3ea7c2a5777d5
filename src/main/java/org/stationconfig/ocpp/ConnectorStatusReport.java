package org.stationconfig.ocpp;

import java.time.Instant;
import java.util.List;
import org.stationconfig.ocpp.v16.core.StatusNotification;

/** What the connectors are doing, for the StatusNotifications after (re)connecting (errata 3.22: connector 0 too). */
public interface ConnectorStatusReport {

    List<StatusNotification.Request> statuses(Instant now);
}
