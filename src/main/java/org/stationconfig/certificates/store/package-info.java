/**
 * The installed certificates, durable in SQLite and held in memory
 * ({@link org.stationconfig.certificates.store.CertificateStore}), the master key that seals private keys
 * ({@link org.stationconfig.certificates.store.MasterKeyFactory}), key pairs waiting for their certificate
 * ({@link org.stationconfig.certificates.store.PendingKeys}), which certificates are in use
 * ({@link org.stationconfig.certificates.store.CertificatesInUse}), and the change events
 * {@link org.stationconfig.certificates.store.StationCertificateChanged} and
 * {@link org.stationconfig.certificates.store.TrustedRootsChanged}.
 *
 * <p>May not import: nothing above it, which would close a cycle: connection, diagnostics, events, filetransfer,
 * firmware, https, station, status (they use it). Nor the other certificates subpackages (they build on the store). No
 * OCPP 1.6 types ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}. Not yet:
 * {@code CertificateSecurityLog} still uses OCPP 1.6 types (known-violations.txt, section {@code [ocpp16]}; issue 12
 * item 2).
 */
package org.stationconfig.certificates.store;
