/**
 * TLS for the central-system connection, built from the certificate store at each use.
 *
 * <p>For the dialer: {@link org.stationconfig.certificates.tls.ClientTlsSource#contextForProfile(int)} gives the TLS
 * client for a wss connection (the whitepaper's versions and suites, validity by the station's clock; empty for
 * profiles 0/1 or when certificates are missing), {@code forProfile(int)} the same material as PEM;
 * {@link org.stationconfig.certificates.tls.TlsProbe#probe(java.net.URI, int, java.time.Duration)} explains a failed
 * wss handshake (blocking: call it off the OCPP thread). Raise {@code failure.event()} (if present) through
 * {@code SecurityEvents}; the probe itself raises nothing. Listen to
 * {@link org.stationconfig.certificates.store.StationCertificateChanged} to reconnect a profile 3 connection.
 *
 * <p>May not import: nothing above it, which would close a cycle: connection, diagnostics, events, filetransfer,
 * firmware, https, station, status (they use it). Nor the other certificates subpackages but the store. No OCPP 1.6
 * types.
 */
package org.stationconfig.certificates.tls;
