/**
 * The security log, a station-wide service (whitepaper A04): {@link org.stationconfig.securitylog.SecurityEvents}
 * records every raised event and queues it for the central system through
 * {@link org.stationconfig.securitylog.SecurityEventQueue}; the listeners here raise the events of clock steps,
 * security settings and full storage. Protocol-free: SecurityEventNotification is in {@code ocpp} (ImportRulesTest).
 *
 * <p>May not import: nothing above it, which would close a cycle: certificates, connection, diagnostics, events,
 * filetransfer, firmware, https, station, status (they use it). No OCPP 1.6 types outside {@code ocpp}.
 */
package org.stationconfig.securitylog;
