package org.stationconfig.certificates;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * OCPP CertificateHashData (WP3 §6.1): the certificate identified as OCSP (RFC 6960 CertID) does,
 * so a central system can name it in DeleteCertificate and GetInstalledCertificateIds.
 */
public record CertificateHashData(HashAlgorithm hashAlgorithm, String issuerNameHash, String issuerKeyHash,
                                  String serialNumber) {

    /** For a certificate whose issuer is known; for a self-signed root pass the root as its own issuer. */
    public static CertificateHashData of(X509Certificate certificate, X509Certificate issuer, HashAlgorithm algorithm) {
        // RFC 6960 §4.1.1: issuerNameHash over the DER of the issuer's name (the certificate's issuer field)
        byte[] issuerName = certificate.getIssuerX500Principal().getEncoded();
        // RFC 6960 §4.1.1: issuerKeyHash over the issuer key's BIT STRING value, without tag, length, unused-bits
        byte[] issuerKey = SubjectPublicKeyInfo.getInstance(issuer.getPublicKey().getEncoded()).getPublicKeyData().getBytes();
        return new CertificateHashData(algorithm, Hex.of(algorithm.digest(issuerName)), Hex.of(algorithm.digest(issuerKey)),
                serialHex(certificate));
    }

    /** A self-signed root is its own issuer. */
    public static CertificateHashData ofSelfSigned(X509Certificate root, HashAlgorithm algorithm) {
        return of(root, root, algorithm);
    }

    /**
     * For an installed certificate whose issuer is among the installed ones (or itself, for a root); empty when
     * the issuer is not installed, since issuerKeyHash needs the issuer's key.
     */
    public static Optional<CertificateHashData> ofInstalled(X509Certificate certificate, List<X509Certificate> installed,
                                                            HashAlgorithm algorithm) {
        if (SelfSigned.test(certificate)) {
            return Optional.of(ofSelfSigned(certificate, algorithm));
        }
        return installed.stream()
                .filter(candidate -> candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .filter(candidate -> Signatures.verifies(certificate, candidate))
                .findFirst()
                .map(issuer -> of(certificate, issuer, algorithm));
    }

    /** WP3 §6.1: serialNumber in hex without leading zeros (4095 → FFF). */
    static String serialHex(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
    }

    /**
     * Whether a central system's hash data names this certificate: same algorithm, hex compared without regard
     * to case; leading zeros of a serial number are ignored too, since some systems keep them.
     */
    public boolean matches(CertificateHashData requested) {
        return hashAlgorithm == requested.hashAlgorithm()
                && issuerNameHash.equalsIgnoreCase(requested.issuerNameHash())
                && issuerKeyHash.equalsIgnoreCase(requested.issuerKeyHash())
                && withoutLeadingZeros(serialNumber).equalsIgnoreCase(withoutLeadingZeros(requested.serialNumber()));
    }

    private static String withoutLeadingZeros(String hex) {
        String stripped = hex.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
