/**
 * The adapter for the security whitepaper's certificate messages: InstallCertificate, DeleteCertificate,
 * GetInstalledCertificateIds and CertificateSigned handlers, the SignChargePointCertificate trigger, and the mapping
 * between the wire's hash data and {@link org.stationconfig.certificates.CertificateHashData}
 * ({@link org.stationconfig.certificates.ocpp.OcppHashData}).
 *
 * <p>May not import: nothing above it, which would close a cycle: connection, diagnostics, events, filetransfer,
 * firmware, https, station, status (they use it). It is the one certificates package that may use OCPP 1.6 types.
 */
package org.stationconfig.certificates.ocpp;
