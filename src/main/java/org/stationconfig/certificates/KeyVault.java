package org.stationconfig.certificates;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Private keys at rest: PKCS#8 bytes sealed with AES-256-GCM under the station master key. Sealed form:
 * version byte, 12-byte random nonce, ciphertext with 16-byte tag. The context (e.g. the certificate's
 * fingerprint or row id) is authenticated, so a sealed key copied to another row does not open.
 */
public final class KeyVault {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;  // NIST SP 800-38D: 96-bit nonces, random per seal
    private static final int TAG_BITS = 128;
    private static final int MASTER_KEY_BYTES = 32; // AES-256

    private final SecretKeySpec masterKey;
    private final SecureRandom random = new SecureRandom();

    public KeyVault(byte[] masterKey) {
        if (masterKey == null || masterKey.length != MASTER_KEY_BYTES) {
            throw new IllegalArgumentException("The station master key must be 32 bytes (AES-256)");
        }
        this.masterKey = new SecretKeySpec(masterKey.clone(), "AES");
    }

    public byte[] seal(byte[] plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            byte[] ciphertext = cipher(Cipher.ENCRYPT_MODE, nonce, context).doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length).put(VERSION).put(nonce).put(ciphertext).array();
        } catch (GeneralSecurityException impossible) { // AES-GCM is mandatory in every Java 17 runtime
            throw new IllegalStateException(impossible);
        }
    }

    public byte[] open(byte[] sealed, String context) throws KeyVaultException {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new KeyVaultException("The stored private key is not in a format this station can read", null);
        }
        byte[] nonce = Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES);
        try {
            return cipher(Cipher.DECRYPT_MODE, nonce, context).doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException tampered) {
            throw new KeyVaultException("The stored private key cannot be opened: it was altered, belongs to another "
                    + "entry, or the station master key changed", tampered);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public byte[] sealPrivateKey(PrivateKey key, String context) {
        return seal(key.getEncoded(), context); // getEncoded() of a Java private key is PKCS#8
    }

    public PrivateKey openPrivateKey(byte[] sealed, String context) throws KeyVaultException {
        byte[] pkcs8 = open(sealed, context);
        try {
            boolean ec = PrivateKeyInfo.getInstance(pkcs8).getPrivateKeyAlgorithm().getAlgorithm()
                    .equals(X9ObjectIdentifiers.id_ecPublicKey);
            String algorithm = ec ? "EC" : "RSA";
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | RuntimeException unreadable) {
            throw new KeyVaultException("The stored private key opened but is not a usable key", unreadable);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, masterKey, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
