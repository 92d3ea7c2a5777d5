/**
 * The app's status view (SPEC §4): {@link org.stationconfig.status.ConnectionStatusService} puts
 * {@link org.stationconfig.status.ConnectionStatus} together from the settings and the live connection (with
 * certificate expiry and the active limit), {@link org.stationconfig.status.Indicator} decides the icon,
 * {@link org.stationconfig.status.StatusLanguage} words it in the caller's language;
 * {@link org.stationconfig.status.ConnectionStatusController} answers it.
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware, station (they use it). Not yet
 * above station: the station's {@code StationReport} reads the status, so status may not read station. No OCPP 1.6
 * types.
 */
package org.stationconfig.status;
