package org.stationconfig.firmware;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.stationconfig.certificates.CertificateReader;
import org.stationconfig.certificates.CertificateRefusedException;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.KeyStrength;
import org.stationconfig.certificates.store.CertificateStore;

/**
 * Whitepaper L01: the firmware signing certificate of a SignedUpdateFirmware must be valid now and chain to an
 * installed ManufacturerRootCertificate; otherwise the answer is InvalidCertificate with the security event
 * InvalidFirmwareSigningCertificate. The PEM is read by the station's {@link CertificateReader}; the path is
 * validated (RFC 5280 §6: signatures, validity, CA constraints) by Bouncy Castle's PKIX validator against exactly
 * the installed manufacturer roots, at the station's time. Revocation is not checked: the station has no CRL or OCSP
 * source (RevokedCertificate is therefore never answered).
 */
@Singleton
public class SigningCertificateCheck {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final int KEY_USAGE_DIGITAL_SIGNATURE = 0;

    private final CertificateStore store;

    public SigningCertificateCheck(CertificateStore store) {
        this.store = store;
    }

    /** Why the signing certificate cannot be trusted at {@code now}; empty when it can. */
    public Optional<String> refusal(String signingCertificatePem, Instant now) {
        return refusal(signingCertificatePem, store.byUse(CertificateUse.MANUFACTURER_ROOT).stream()
                .flatMap(root -> root.chain().stream()).toList(), now);
    }

    /** The same against these trusted certificates (an installed root upload may hold CA certificates before its root). */
    static Optional<String> refusal(String signingCertificatePem, List<X509Certificate> manufacturerRoots, Instant now) {
        List<X509Certificate> chain;
        try {
            chain = new CertificateReader().readCertificates(signingCertificatePem.getBytes(StandardCharsets.US_ASCII));
        } catch (CertificateRefusedException unreadable) {
            return Optional.of("the signing certificate cannot be read: " + unreadable.getMessage());
        }
        X509Certificate signer = chain.get(0);
        Optional<String> own = ownProblem(signer, now);
        if (own.isPresent()) {
            return own;
        }
        Set<TrustAnchor> anchors = manufacturerRoots.stream()
                .map(certificate -> new TrustAnchor(certificate, null))
                .collect(Collectors.toSet());
        if (anchors.isEmpty()) {
            return Optional.of("no ManufacturerRootCertificate is installed");
        }
        return pathProblem(chain, anchors, now);
    }

    /** Validity (RFC 5280 §4.1.2.5), key strength (A00.FR.502/503) and, if key usage is given, digitalSignature. */
    private static Optional<String> ownProblem(X509Certificate signer, Instant now) {
        try {
            signer.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            return Optional.of("the signing certificate expired on " + signer.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            return Optional.of("the signing certificate is valid only from " + signer.getNotBefore().toInstant());
        }
        KeyStrength strength = KeyStrength.of(signer.getPublicKey());
        if (!strength.supported() || !strength.strongEnough()) {
            return Optional.of("the signing certificate's key is not an RSA ≥ 2048 or EC ≥ 224 bit key: " + strength);
        }
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !usage[KEY_USAGE_DIGITAL_SIGNATURE]) {
            return Optional.of("the signing certificate may not sign (key usage lacks digitalSignature)");
        }
        return Optional.empty();
    }

    private static Optional<String> pathProblem(List<X509Certificate> chain, Set<TrustAnchor> anchors, Instant now) {
        // certificates that are themselves installed anchors end the path
        List<X509Certificate> path = chain.stream()
                .takeWhile(certificate -> anchors.stream().noneMatch(a -> a.getTrustedCert().equals(certificate)))
                .toList();
        if (path.isEmpty()) {
            return Optional.empty(); // signed directly with an installed root's key, which is valid (checked above)
        }
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509", BC).generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX", BC).validate(certPath, parameters);
            return Optional.empty();
        } catch (CertPathValidatorException invalid) {
            return Optional.of("the signing certificate does not chain to an installed ManufacturerRootCertificate: "
                    + invalid.getMessage());
        } catch (GeneralSecurityException unusable) {
            return Optional.of("the signing certificate cannot be checked: " + unusable.getMessage());
        }
    }
}
