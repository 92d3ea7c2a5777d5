/**
 * The REST endpoints under {@code /api/v1/certificates}: listing, upload and deletion
 * ({@link org.stationconfig.certificates.api.CertificateController}) and the station's key pair and CSR
 * ({@link org.stationconfig.certificates.api.SigningRequestController}); refusals as problem documents. Never answers a
 * private key.
 *
 * <p>May not import: nothing above it, which would close a cycle: connection, diagnostics, events, filetransfer,
 * firmware, https, station, status (they use it). No OCPP 1.6 types ({@code ocpp.v16}): they belong in the feature's
 * adapter subpackage {@code ocpp}.
 */
package org.stationconfig.certificates.api;
