package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;

/** Compares private keys by value: encodings differ between writers (SEC1 with or without curve, padding). */
public final class SameKey {

    private SameKey() {
    }

    public static void assertSameKey(PrivateKey expected, PrivateKey actual) {
        assertEquals(expected.getAlgorithm(), actual.getAlgorithm());
        if (expected instanceof ECPrivateKey ec) {
            assertEquals(ec.getS(), ((ECPrivateKey) actual).getS());
            assertEquals(ec.getParams().getOrder(), ((ECPrivateKey) actual).getParams().getOrder());
        } else {
            assertEquals(((RSAPrivateKey) expected).getModulus(), ((RSAPrivateKey) actual).getModulus());
            assertEquals(((RSAPrivateKey) expected).getPrivateExponent(), ((RSAPrivateKey) actual).getPrivateExponent());
        }
    }
}
