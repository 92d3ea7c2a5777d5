package org.stationconfig.certificates;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** HashAlgorithmEnumType of the security whitepaper (WP3 §6.1). */
public enum HashAlgorithm {
    SHA256("SHA-256"),
    SHA384("SHA-384"),
    SHA512("SHA-512");

    private final String jcaName;

    HashAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance(jcaName).digest(data);
        } catch (NoSuchAlgorithmException impossible) { // every Java 17 runtime has SHA-2
            throw new IllegalStateException(impossible);
        }
    }
}
