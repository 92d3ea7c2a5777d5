package org.stationconfig.certificates.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.stationconfig.audit.Source;

/**
 * One installed certificate (table {@code certificate}): the PEM as installed (first certificate, then any CA
 * certificates that came with it), the first certificate's description, and for a ChargePointCertificate its
 * private key sealed by {@link org.stationconfig.certificates.KeyVault}.
 *
 * @param certificateUse the whitepaper name of the use
 * @param fingerprint    SHA-256 of the first certificate's DER, uppercase hex
 * @param withdrawnReason why a station certificate is no longer presented (profile 3 could not connect with it)
 */
@MappedEntity("certificate")
public record StoredCertificate(
        @Id @GeneratedValue @Nullable Long id,
        String certificateUse,
        String pem,
        String subject,
        String issuer,
        String serialNumber,
        Instant notBefore,
        Instant notAfter,
        String fingerprint,
        String keyAlgorithm,
        int keySize,
        @Nullable byte[] sealedKey,
        Instant installedAt,
        Source source,
        String installedBy,
        @Nullable String withdrawnReason) {

    StoredCertificate withdrawn(String reason) {
        return new StoredCertificate(id, certificateUse, pem, subject, issuer, serialNumber, notBefore, notAfter,
                fingerprint, keyAlgorithm, keySize, sealedKey, installedAt, source, installedBy, reason);
    }

    @Override
    public String toString() { // never the sealed key
        return "StoredCertificate[" + id + ", " + certificateUse + ", " + subject + ", " + fingerprint + "]";
    }
}
