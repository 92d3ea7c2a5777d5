/**
 * The station certificate's life: {@link org.stationconfig.certificates.renewal.StationCertificateRenewal} asks the
 * central system for a new one (SignCertificate) and {@link org.stationconfig.certificates.renewal.CertificateExpiry}
 * looks at validity daily; {@link org.stationconfig.certificates.renewal.ExpiringInUse} gives the status screen the
 * certificates that expire soon.
 *
 * <p>May not import: nothing above it, which would close a cycle: connection, diagnostics, events, filetransfer,
 * firmware, https, station, status (they use it). No OCPP 1.6 types ({@code ocpp.v16}): they belong in the feature's
 * adapter subpackage {@code ocpp}. Not yet: {@code StationCertificateRenewal} (SignCertificate) still uses OCPP 1.6
 * types (known-violations.txt, section {@code [ocpp16]}; issue 12 item 2).
 */
package org.stationconfig.certificates.renewal;
