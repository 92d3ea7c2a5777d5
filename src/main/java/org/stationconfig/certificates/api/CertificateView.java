package org.stationconfig.certificates.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * An installed certificate as the app shows it. Never carries a private key; {@code hasPrivateKey} only says that the
 * station holds one.
 *
 * @param use         CentralSystemRootCertificate, ManufacturerRootCertificate or ChargePointCertificate
 * @param validity    VALID, NOT_YET_VALID or EXPIRED by the station's clock
 * @param inUse       the station certificate presented in profile 3, or a root the connection relies on
 * @param chainLength certificates stored with it (1 for a single root)
 * @param hashData    the OCPP CertificateHashData (SHA-256) the central system names it by; null when its issuer
 *                    is not installed
 */
@Serdeable
@Schema(name = "Certificate")
public record CertificateView(long id, String use, String subject, String issuer, String serialNumber,
                              Instant notBefore, Instant notAfter, String sha256Fingerprint, String keyAlgorithm,
                              int keySize, String validity, boolean inUse, boolean hasPrivateKey, int chainLength,
                              Instant installedAt, String installedBy, @Nullable HashDataView hashData,
                              @JsonInclude(JsonInclude.Include.ALWAYS) List<WarningView> warnings) {

    /** OCPP CertificateHashData: hex hashes as OCSP computes them, serial in hex without leading zeros. */
    @Serdeable
    @Schema(name = "CertificateHashData")
    public record HashDataView(String hashAlgorithm, String issuerNameHash, String issuerKeyHash, String serialNumber) {
    }

    /** Something the installer should know, e.g. EXPIRES_SOON. */
    @Serdeable
    @Schema(name = "CertificateWarning")
    public record WarningView(String kind, String message) {
    }
}
