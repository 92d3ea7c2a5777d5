/**
 * The connection application (SPEC §3–§5): {@link org.stationconfig.connection.ConnectionSupervisor} keeps the station
 * connected with the settings in force (dial, back-off, trial and rollback with
 * {@link org.stationconfig.connection.ConnectionTrials}, last-known-good in
 * {@link org.stationconfig.connection.ConnectionMemory}); {@link org.stationconfig.connection.OcppSession} is one
 * WebSocket's conversation on top of the protocol machinery; {@link org.stationconfig.connection.Diagnoses} and
 * {@link org.stationconfig.connection.DialDiagnosis} turn failures into the status's last error;
 * {@link org.stationconfig.connection.ConnectionTester} tries settings without saving them;
 * {@link org.stationconfig.connection.LiveConnection} is what the status view reads.
 *
 * <p>May not import: nothing above it, which would close a cycle: diagnostics, events, firmware, station, status (they
 * use it). No OCPP 1.6 types ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}. Not yet:
 * {@code AcceptedBoot}, {@code BootIdentity}, {@code ConnectionSupervisor}, {@code IncomingGate}, {@code OcppSession}
 * and {@code SessionListener} still use OCPP 1.6 types (known-violations.txt, section {@code [ocpp16]}; issue 12 item
 * 2).
 */
package org.stationconfig.connection;
