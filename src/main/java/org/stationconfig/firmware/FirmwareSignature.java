package org.stationconfig.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.stationconfig.certificates.CertificateReader;
import org.stationconfig.certificates.CertificateRefusedException;
import org.stationconfig.certificates.KeyStrength;

/**
 * The whitepaper's firmware signature (L01, FirmwareType.signature): base64 of a SHA-256 signature over the whole
 * image, made with the signing certificate's key: SHA256withRSA for an RSA key, SHA256withECDSA for an EC key.
 * Checked with Bouncy Castle, which reads every curve a certificate may carry.
 */
final class FirmwareSignature {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final int CHUNK = 64 * 1024;

    private FirmwareSignature() {
    }

    /** Whether {@code base64Signature} signs {@code image} with the key of the first certificate in {@code signingCertificatePem}. */
    static boolean verifies(Path image, String base64Signature, String signingCertificatePem) {
        Optional<X509Certificate> signer = signer(signingCertificatePem);
        if (signer.isEmpty()) {
            return false;
        }
        return verifies(image, base64Signature, signer.get().getPublicKey());
    }

    static boolean verifies(Path image, String base64Signature, PublicKey key) {
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(base64Signature.strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        Optional<String> algorithm = algorithmFor(key);
        if (algorithm.isEmpty()) {
            return false;
        }
        try (InputStream in = Files.newInputStream(image)) {
            Signature verifier = Signature.getInstance(algorithm.get(), BC);
            verifier.initVerify(key);
            byte[] buffer = new byte[CHUNK];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                verifier.update(buffer, 0, read);
            }
            return verifier.verify(signature);
        } catch (GeneralSecurityException malformed) { // e.g. an ECDSA signature that is not DER: not a valid one
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<String> algorithmFor(PublicKey key) {
        return switch (KeyStrength.of(key).algorithm()) {
            case KeyStrength.RSA -> Optional.of("SHA256withRSA");
            case KeyStrength.EC -> Optional.of("SHA256withECDSA");
            default -> Optional.empty();
        };
    }

    private static Optional<X509Certificate> signer(String pem) {
        try {
            return new CertificateReader().readCertificates(pem.getBytes(StandardCharsets.US_ASCII)).stream().findFirst();
        } catch (CertificateRefusedException unreadable) {
            return Optional.empty();
        }
    }
}
