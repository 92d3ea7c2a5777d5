package org.stationconfig.certificates;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;

/** The checks on one certificate; each returns the refusal (or warning) it finds, if any. */
final class CertificateRules {

    private static final int KEY_USAGE_DIGITAL_SIGNATURE = 0;
    private static final int KEY_USAGE_KEY_CERT_SIGN = 5;
    private static final String EKU_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String EKU_ANY = "2.5.29.37.0";
    private static final Set<ASN1ObjectIdentifier> TLS_CURVES =
            Set.of(SECObjectIdentifiers.secp256r1, SECObjectIdentifiers.secp384r1, SECObjectIdentifiers.secp521r1);
    private static final Set<String> BROKEN_SIGNATURE_HASHES = Set.of("MD2", "MD5", "SHA1");

    private CertificateRules() {
    }

    /** RFC 5280 §4.1.2.1: CA flag and key usage are extensions, which exist only in version 3. */
    static Optional<Refusal> version3(X509Certificate certificate) {
        return certificate.getVersion() == 3 ? Optional.empty() : refuse(RefusalReason.NOT_VERSION_3, certificate);
    }

    /** Whitepaper A02.FR.06 / RFC 5280 §6.1.3: an expired certificate is never installed. */
    static Optional<Refusal> notExpired(X509Certificate certificate, Instant now) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        return now.isAfter(notAfter)
                ? Optional.of(Refusal.of(RefusalReason.EXPIRED, "on " + notAfter + " (" + subject(certificate) + ")"))
                : Optional.empty();
    }

    /** Whitepaper A00.FR.502/503: RSA at least 2048 bits, EC at least 224 bits. */
    static Optional<Refusal> strongKey(X509Certificate certificate) {
        KeyStrength strength = KeyStrength.of(certificate.getPublicKey());
        if (!strength.supported()) {
            return Optional.of(Refusal.of(RefusalReason.UNSUPPORTED_KEY_ALGORITHM, strength.algorithm()));
        }
        if (!strength.strongEnough()) {
            return Optional.of(Refusal.of(RefusalReason.WEAK_KEY, "this one is " + strength + " (" + subject(certificate) + ")"));
        }
        return usableCurve(certificate);
    }

    /** Java 17's TLS implements only P-256, P-384 and P-521: another curve passes A00.FR.503 but could not connect. */
    private static Optional<Refusal> usableCurve(X509Certificate certificate) {
        boolean explicitCurve = KeyStrength.EC.equals(KeyStrength.of(certificate.getPublicKey()).algorithm())
                && KeyStrength.curve(certificate.getPublicKey()).isEmpty();
        if (explicitCurve) {
            return Optional.of(Refusal.of(RefusalReason.UNSUPPORTED_KEY_ALGORITHM, "explicit curve parameters"));
        }
        return KeyStrength.curve(certificate.getPublicKey())
                .filter(curve -> !TLS_CURVES.contains(curve))
                .map(curve -> Refusal.of(RefusalReason.UNSUPPORTED_KEY_ALGORITHM, "curve " + curveName(curve)
                        + " cannot be used for TLS here; use P-256, P-384 or P-521 (" + subject(certificate) + ")"));
    }

    /** RFC 5280 §4.2.1.9: a root must be a CA (BasicConstraints cA=true). */
    static Optional<Refusal> isCa(X509Certificate certificate) {
        return certificate.getBasicConstraints() >= 0 ? Optional.empty() : refuse(RefusalReason.NOT_A_CA, certificate);
    }

    /** RFC 5280 §4.2.1.3: a CA that signs certificates has keyCertSign (when key usage is present). */
    static Optional<Refusal> mayCertify(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        return usage == null || usage[KEY_USAGE_KEY_CERT_SIGN] ? Optional.empty()
                : refuse(RefusalReason.NO_KEY_CERT_SIGN, certificate);
    }

    /** RFC 5280 §4.2.1.9: the station certificate is an end-entity certificate (cA=false), never a CA. */
    static Optional<Refusal> isLeaf(X509Certificate certificate) {
        return certificate.getBasicConstraints() < 0 ? Optional.empty() : refuse(RefusalReason.LEAF_IS_CA, certificate);
    }

    /** RFC 5280 §4.2.1.3/§4.2.1.12: the TLS client key signs, and extended key usage (if any) allows clientAuth. */
    static Optional<Refusal> mayAuthenticateClient(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[KEY_USAGE_DIGITAL_SIGNATURE]) {
            return Optional.of(Refusal.of(RefusalReason.NOT_FOR_TLS_CLIENT, "key usage lacks digitalSignature"));
        }
        List<String> extended = extendedKeyUsage(certificate);
        return extended == null || extended.contains(EKU_CLIENT_AUTH) || extended.contains(EKU_ANY) ? Optional.empty()
                : Optional.of(Refusal.of(RefusalReason.NOT_FOR_TLS_CLIENT, "extended key usage lacks clientAuth"));
    }

    /** The whitepaper recommends SHA-256 signatures; MD5 and SHA-1 ones can be forged (harmless only on a trust anchor). */
    static Optional<Refusal> strongSignature(X509Certificate certificate) {
        String algorithm = certificate.getSigAlgName().toUpperCase().replace("-", "");
        boolean broken = BROKEN_SIGNATURE_HASHES.stream().anyMatch(hash -> algorithm.startsWith(hash + "WITH"));
        return broken ? Optional.of(Refusal.of(RefusalReason.WEAK_SIGNATURE, certificate.getSigAlgName()
                + " (" + subject(certificate) + ")")) : Optional.empty();
    }

    /** Whitepaper A00.FR.404 (CN = serial number) and A00.FR.405 (O = CPO name), enforced per A02.FR.06. */
    static Optional<Refusal> expectedSubject(X509Certificate certificate, ExpectedSubject expected) {
        if (expected.serialNumber() != null
                && !SubjectNames.commonName(certificate).orElse("").equals(expected.serialNumber())) {
            return Optional.of(Refusal.of(RefusalReason.SUBJECT_SERIAL_MISMATCH, "expected CN=" + expected.serialNumber()
                    + ", found " + SubjectNames.commonName(certificate).map(cn -> "CN=" + cn).orElse("no CN")));
        }
        if (expected.cpoName() != null
                && !SubjectNames.organisation(certificate).orElse("").equals(expected.cpoName())) {
            return Optional.of(Refusal.of(RefusalReason.SUBJECT_CPO_MISMATCH, "expected O=" + expected.cpoName()
                    + ", found " + SubjectNames.organisation(certificate).map(o -> "O=" + o).orElse("no O")));
        }
        return Optional.empty();
    }

    /** Installers need time to get a new certificate: warn this long before notAfter. */
    static Optional<Warning> expiresSoon(X509Certificate certificate, Instant now, Duration warningPeriod) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        return !now.isAfter(notAfter) && now.plus(warningPeriod).isAfter(notAfter)
                ? Optional.of(new Warning(Warning.Kind.EXPIRES_SOON, "The certificate expires on " + notAfter
                        + " (" + subject(certificate) + "): install its successor before then"))
                : Optional.empty();
    }

    private static String curveName(ASN1ObjectIdentifier curve) {
        String name = ECNamedCurveTable.getName(curve);
        return name != null ? name : curve.getId();
    }

    static boolean notYetValid(X509Certificate certificate, Instant now) {
        return now.isBefore(certificate.getNotBefore().toInstant());
    }

    static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }

    private static Optional<Refusal> refuse(RefusalReason reason, X509Certificate certificate) {
        return Optional.of(Refusal.of(reason, subject(certificate)));
    }

    private static List<String> extendedKeyUsage(X509Certificate certificate) {
        try {
            return certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException malformed) { // an unreadable EKU allows nothing
            return List.of();
        }
    }
}
