package org.stationconfig.certificates;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;

/**
 * A certificate as listings show it. Names are RFC 2253 strings, dates ISO-8601 UTC with Z,
 * the fingerprint uppercase hex SHA-256 of the DER without colons, keySize in bits (EC: curve order size).
 */
public record CertificateDescription(String subject, String issuer, String serialNumber, String notBefore,
                                     String notAfter, String sha256Fingerprint, String keyAlgorithm, int keySize,
                                     boolean isCa) {

    public static CertificateDescription of(X509Certificate certificate) {
        KeyStrength key = KeyStrength.of(certificate.getPublicKey());
        return new CertificateDescription(
                certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                CertificateHashData.serialHex(certificate),
                DateTimeFormatter.ISO_INSTANT.format(certificate.getNotBefore().toInstant()),
                DateTimeFormatter.ISO_INSTANT.format(certificate.getNotAfter().toInstant()),
                fingerprint(certificate),
                key.algorithm(),
                key.bits(),
                certificate.getBasicConstraints() >= 0);
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            return Hex.of(HashAlgorithm.SHA256.digest(certificate.getEncoded()));
        } catch (CertificateEncodingException impossible) { // a parsed certificate always has its encoding
            throw new IllegalStateException(impossible);
        }
    }
}
