package org.stationconfig.certificates;

import java.io.IOException;
import java.security.PrivateKey;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/** Turns the key objects Bouncy Castle parses (PKCS#8, encrypted PKCS#8, SEC1, PKCS#1) into a Java private key. */
final class PrivateKeyDecoder {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final Set<ASN1ObjectIdentifier> SUPPORTED = Set.of(
            PKCSObjectIdentifiers.rsaEncryption, PKCSObjectIdentifiers.id_RSASSA_PSS, X9ObjectIdentifiers.id_ecPublicKey);

    private PrivateKeyDecoder() {
    }

    /** One object from PEMParser, or null when it is not a private key of any kind. */
    static PrivateKey fromPemObject(Object parsed, char[] password) throws CertificateRefusedException {
        if (parsed instanceof PrivateKeyInfo info) {
            return toJava(info);
        }
        if (parsed instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
            return decrypt(encrypted, password);
        }
        if (parsed instanceof PEMKeyPair pair) { // SEC1 "EC PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY"
            return toJava(pair.getPrivateKeyInfo());
        }
        if (parsed instanceof PEMEncryptedKeyPair legacy) { // OpenSSL "Proc-Type: 4,ENCRYPTED"
            return decryptLegacy(legacy, password);
        }
        return null;
    }

    /** DER bytes of a PKCS#8 PrivateKeyInfo or EncryptedPrivateKeyInfo. */
    static PrivateKey fromDer(byte[] der, char[] password) throws CertificateRefusedException {
        try {
            return toJava(PrivateKeyInfo.getInstance(der));
        } catch (IllegalArgumentException notPlain) { // BC reports a structure mismatch this way
            try {
                return decrypt(new PKCS8EncryptedPrivateKeyInfo(EncryptedPrivateKeyInfo.getInstance(der)), password);
            } catch (IllegalArgumentException notEncrypted) {
                throw new CertificateRefusedException(Refusal.of(RefusalReason.NOT_A_PRIVATE_KEY), notEncrypted);
            }
        }
    }

    static PrivateKey toJava(PrivateKeyInfo info) throws CertificateRefusedException {
        ASN1ObjectIdentifier algorithm = info.getPrivateKeyAlgorithm().getAlgorithm();
        if (!SUPPORTED.contains(algorithm)) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.UNSUPPORTED_KEY_ALGORITHM, algorithm.getId()));
        }
        if (algorithm.equals(X9ObjectIdentifiers.id_ecPublicKey) && info.getPrivateKeyAlgorithm().getParameters() == null) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.NOT_A_PRIVATE_KEY,
                    "the EC key does not name its curve; export it as PKCS#8 (-----BEGIN PRIVATE KEY-----)"));
        }
        try {
            return new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (IOException | RuntimeException unsupported) { // e.g. a curve the JDK does not implement
            throw new CertificateRefusedException(Refusal.of(RefusalReason.UNSUPPORTED_KEY_ALGORITHM), unsupported);
        }
    }

    private static PrivateKey decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, char[] password)
            throws CertificateRefusedException {
        new WorkFactor().admit(encrypted.getEncryptionAlgorithm());
        requirePassword(password);
        try {
            return toJava(encrypted.decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(password)));
        } catch (PKCSException | OperatorCreationException | RuntimeException wrongPassword) {
            // a wrong password yields a padding error or, rarely, garbage that fails to parse
            throw new CertificateRefusedException(Refusal.of(RefusalReason.KEY_PASSWORD_WRONG), wrongPassword);
        }
    }

    private static PrivateKey decryptLegacy(PEMEncryptedKeyPair legacy, char[] password) throws CertificateRefusedException {
        requirePassword(password);
        PEMKeyPair pair;
        try {
            pair = legacy.decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(BC).build(password));
        } catch (IOException | RuntimeException wrongPassword) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.KEY_PASSWORD_WRONG), wrongPassword);
        }
        return toJava(pair.getPrivateKeyInfo());
    }

    private static void requirePassword(char[] password) throws CertificateRefusedException {
        if (password == null || password.length == 0) {
            throw new CertificateRefusedException(RefusalReason.KEY_PASSWORD_MISSING);
        }
    }
}
