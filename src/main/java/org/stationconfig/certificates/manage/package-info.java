/**
 * Changing the certificate store under the permission matrix:
 * {@link org.stationconfig.certificates.manage.CertificateInstallation} (upload, InstallCertificate,
 * CertificateSigned), {@link org.stationconfig.certificates.manage.CertificateRemoval} with the in-use rules, and
 * {@link org.stationconfig.certificates.manage.StationCertificatePruning} after a renewal.
 *
 * <p>May not import: nothing above it, which would close a cycle: connection, diagnostics, events, filetransfer,
 * firmware, https, station, status (they use it). No OCPP 1.6 types ({@code ocpp.v16}): they belong in the feature's
 * adapter subpackage {@code ocpp}: the handlers there call into this package.
 */
package org.stationconfig.certificates.manage;
