/**
 * A connector's status: the OCPP status as a function of what is true there ({@link
 * org.stationconfig.station.connector.ConnectorStatusRule}), StatusNotifications with MinimumStatusDuration ({@link
 * org.stationconfig.station.connector.StatusNotifications}), the colour the app shows ({@link
 * org.stationconfig.station.connector.ConnectorIndicator}) and what a connector remembers across restarts ({@link
 * org.stationconfig.station.connector.ConnectorMemory}).
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware (they use it). No OCPP 1.6 types
 * ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}.
 */
package org.stationconfig.station.connector;
