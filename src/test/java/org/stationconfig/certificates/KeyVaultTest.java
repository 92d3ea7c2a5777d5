package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeyVaultTest {

    private static final byte[] MASTER = filled(32, 7);
    private final KeyVault vault = new KeyVault(MASTER);
    private final KeyPair keys = KeyType.EC_P256.generate();

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void sealsAndOpensAPrivateKey() throws Exception {
        byte[] sealed = vault.sealPrivateKey(keys.getPrivate(), "station-certificate");
        SameKey.assertSameKey(keys.getPrivate(), vault.openPrivateKey(sealed, "station-certificate"));
        KeyPair rsa = TestPki.rsa(2048);
        SameKey.assertSameKey(rsa.getPrivate(), vault.openPrivateKey(vault.sealPrivateKey(rsa.getPrivate(), "x"), "x"));
    }

    @Test
    void sealedFormHidesTheKeyAndDiffersEachTime() {
        byte[] pkcs8 = keys.getPrivate().getEncoded();
        byte[] first = vault.seal(pkcs8, "c");
        byte[] second = vault.seal(pkcs8, "c");
        assertFalse(Arrays.equals(first, second));
        assertFalse(contains(first, Arrays.copyOfRange(pkcs8, pkcs8.length - 16, pkcs8.length)));
        assertEquals(1 + 12 + pkcs8.length + 16, first.length);
    }

    @Test
    void tamperingFailsClearly() {
        byte[] sealed = vault.seal(keys.getPrivate().getEncoded(), "c");
        sealed[sealed.length - 20] ^= 1;
        KeyVaultException failure = assertThrows(KeyVaultException.class, () -> vault.open(sealed, "c"));
        assertTrue(failure.getMessage().contains("altered"), failure.getMessage());
    }

    @Test
    void anotherContextOrMasterKeyDoesNotOpen() {
        byte[] sealed = vault.seal(keys.getPrivate().getEncoded(), "row-1");
        assertThrows(KeyVaultException.class, () -> vault.open(sealed, "row-2"));
        assertThrows(KeyVaultException.class, () -> new KeyVault(filled(32, 8)).open(sealed, "row-1"));
        assertArrayEquals(keys.getPrivate().getEncoded(), assertDoesNotThrowOpen(sealed));
    }

    @Test
    void refusesTruncatedInputAndWrongMasterKeyLength() {
        assertThrows(KeyVaultException.class, () -> vault.open(new byte[10], "c"));
        assertThrows(IllegalArgumentException.class, () -> new KeyVault(new byte[16]));
    }

    private byte[] assertDoesNotThrowOpen(byte[] sealed) {
        try {
            return vault.open(sealed, "row-1");
        } catch (KeyVaultException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return true;
            }
        }
        return false;
    }
}
