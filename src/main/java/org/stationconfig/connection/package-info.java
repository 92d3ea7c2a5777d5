/**
 * The connection application (SPEC §3–§5): {@link org.stationconfig.connection.ConnectionSupervisor} keeps the station
 * connected with the settings in force (dial, back-off, trial and rollback with
 * {@link org.stationconfig.connection.ConnectionTrials}, last-known-good in
 * {@link org.stationconfig.connection.ConnectionMemory}); a link's protocol conversation is a
 * {@link org.stationconfig.connection.LinkSession} made by the protocol adapter (subpackage {@code ocpp}: OCPP 1.6J)
 * and reporting to a {@link org.stationconfig.connection.SessionListener}; the session's settings and clock ports are
 * served here ({@link org.stationconfig.connection.ConnectionTimings}, {@link org.stationconfig.connection.StationTime}),
 * and its handler table is collected once, at the first connect
 * ({@link org.stationconfig.connection.HandlersAtFirstConnect});
 * {@link org.stationconfig.connection.Diagnoses} and {@link org.stationconfig.connection.DialDiagnosis} turn failures
 * into the status's last error; {@link org.stationconfig.connection.ConnectionTester} tries settings without saving
 * them; {@link org.stationconfig.connection.LiveConnection} is what the status view reads.
 *
 * <p>May not import: nothing above it, which would close a cycle: diagnostics, events, firmware, station, status (they
 * use it). No OCPP 1.6 types ({@code ocpp.v16}): they belong in the adapter subpackage {@code ocpp}.
 */
package org.stationconfig.connection;
