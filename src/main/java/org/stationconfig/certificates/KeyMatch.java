package org.stationconfig.certificates;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;

/** Whether a private key belongs to a certificate: a signature made with the key must verify with the certificate. */
final class KeyMatch {

    private static final byte[] CHALLENGE = "station-config key match".getBytes(StandardCharsets.US_ASCII);

    private KeyMatch() {
    }

    static boolean belongsTo(PrivateKey key, X509Certificate certificate) {
        PublicKey publicKey = certificate.getPublicKey();
        String algorithm = signatureAlgorithm(key);
        if (algorithm == null || !sameFamily(key, publicKey)) {
            return false;
        }
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(CHALLENGE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(CHALLENGE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException unusable) { // e.g. a curve the JDK cannot use
            return false;
        }
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> null;
        };
    }

    private static boolean sameFamily(PrivateKey key, PublicKey publicKey) {
        return key.getAlgorithm().equals(publicKey.getAlgorithm())
                || ("EC".equals(key.getAlgorithm()) && "ECDSA".equals(publicKey.getAlgorithm()));
    }
}
