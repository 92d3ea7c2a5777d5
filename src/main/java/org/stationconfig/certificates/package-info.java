/**
 * Certificates and TLS with Bouncy Castle (SPEC §6, whitepaper A00–A05, M03–M05).
 *
 * <p>This package is the pure core: {@link org.stationconfig.certificates.CertificateIntake} reads and judges what
 * arrives (upload, InstallCertificate, CertificateSigned) into an {@link org.stationconfig.certificates.Inspection};
 * {@link org.stationconfig.certificates.CertificateHashData} names certificates as OCSP does;
 * {@link org.stationconfig.certificates.SigningRequest} makes CSRs; {@link org.stationconfig.certificates.KeyVault}
 * seals private keys; {@link org.stationconfig.certificates.StationTlsContext} and
 * {@link org.stationconfig.certificates.TlsFailureClassifier} do and diagnose the station's TLS client handshakes.
 *
 * <p>Around it, by feature:
 * <ul>
 *   <li>{@code store}: the SQLite store (table {@code certificate}, waiting CSR keys in {@code pending_key}), the
 *       master key file, which certificates are in use
 *       ({@link org.stationconfig.certificates.store.CertificatesInUse}, also the profile prerequisites) and the
 *       events {@link org.stationconfig.certificates.store.StationCertificateChanged} and
 *       {@link org.stationconfig.certificates.store.TrustedRootsChanged};</li>
 *   <li>{@code manage}: installing (upload, InstallCertificate, CertificateSigned) and deleting with the in-use rules;</li>
 *   <li>{@code tls}: what the WebSocket dialer uses — {@link org.stationconfig.certificates.tls.ClientTlsSource} and
 *       {@link org.stationconfig.certificates.tls.TlsProbe};</li>
 *   <li>{@code api}: the REST endpoints under {@code /api/v1/certificates};</li>
 *   <li>{@code ocpp}: the whitepaper's certificate messages;</li>
 *   <li>{@code renewal}: SignCertificate and the daily expiry check.</li>
 * </ul>
 *
 * <p>May not import: nothing above it, which would close a cycle: connection, diagnostics, events, filetransfer,
 * firmware, https, station, status (they use it). Nor its own subpackages: this core is what they build on. No OCPP 1.6
 * types ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}.
 */
package org.stationconfig.certificates;
