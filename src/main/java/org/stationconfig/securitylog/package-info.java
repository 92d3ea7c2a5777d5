/**
 * The security log, a station-wide service: {@link org.stationconfig.securitylog.SecurityEvents} raises the
 * whitepaper's security events ({@link org.stationconfig.securitylog.SecurityEvent}) into the security log and the
 * durable outbox; the sources it watches itself: clock steps ({@link org.stationconfig.securitylog.ClockSteps}),
 * changed security parameters ({@link org.stationconfig.securitylog.SecurityParameterChanges}), a full outbox or disk
 * ({@link org.stationconfig.securitylog.MemoryExhaustionAlarm}).
 *
 * <p>May not import: nothing above it, which would close a cycle: certificates, connection, diagnostics, events,
 * filetransfer, firmware, https, station, status (they use it). No OCPP 1.6 types outside an adapter. Not yet:
 * {@code SecurityEvents} (the SecurityEventNotification it queues) still uses OCPP 1.6 types (known-violations.txt,
 * section {@code [ocpp16]}; issue 12 item 2).
 */
package org.stationconfig.securitylog;
