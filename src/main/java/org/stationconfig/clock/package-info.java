/**
 * The station's clock, a station-wide service: {@link org.stationconfig.clock.StationClock} is the time OCPP messages
 * are stamped with (the system clock, or the central system's with {@code clockSource}),
 * {@link org.stationconfig.clock.ClockStepped} is published when it is set by more than a minute,
 * {@link org.stationconfig.clock.ClockStatus} describes it for the status.
 *
 * <p>May not import: nothing above it, which would close a cycle: certificates, charging, connection, diagnostics,
 * events, filetransfer, firmware, https, securitylog, station, status (they use it). No OCPP 1.6 types.
 */
package org.stationconfig.clock;
