package org.stationconfig.certificates.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.stationconfig.audit.Source;

/**
 * A key pair the station made for a certificate signing request, waiting for its certificate (table
 * {@code pending_key}). The private key is sealed; the subject is what the CSR asked for.
 *
 * @param publicKeyHash SHA-256 of the public key's DER (SubjectPublicKeyInfo), uppercase hex: how a signed
 *                      certificate finds its key
 */
@MappedEntity("pending_key")
public record PendingKey(
        @Id @GeneratedValue @Nullable Long id,
        String publicKeyHash,
        byte[] sealedKey,
        String keyType,
        String subjectSerial,
        String subjectCpo,
        Source source,
        String requestedBy,
        Instant createdAt) {

    @Override
    public String toString() { // never the sealed key
        return "PendingKey[" + id + ", " + keyType + ", CN=" + subjectSerial + ", O=" + subjectCpo + "]";
    }
}
