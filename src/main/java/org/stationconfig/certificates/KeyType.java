package org.stationconfig.certificates;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/** The key pairs the station makes for its own certificate (whitepaper A00.FR.502/503 minimums, ECDSA recommended). */
public enum KeyType {
    EC_P256("EC", new ECGenParameterSpec("secp256r1"), "SHA256withECDSA"),
    RSA_2048("RSA", new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), "SHA256withRSA");

    /** ECDSA P-256: small, fast on station hardware, and in the whitepaper's preferred cipher suites. */
    public static final KeyType DEFAULT = EC_P256;

    private final String algorithm;
    private final AlgorithmParameterSpec parameters;
    private final String signatureAlgorithm;

    KeyType(String algorithm, AlgorithmParameterSpec parameters, String signatureAlgorithm) {
        this.algorithm = algorithm;
        this.parameters = parameters;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    public KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(parameters, new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException impossible) { // both are mandatory in every Java 17 runtime
            throw new IllegalStateException(impossible);
        }
    }

    /** SHA-256 signatures, as the whitepaper recommends. */
    String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    static KeyType of(KeyPair keyPair) {
        return keyPair.getPrivate().getAlgorithm().equals("RSA") ? RSA_2048 : EC_P256;
    }
}
