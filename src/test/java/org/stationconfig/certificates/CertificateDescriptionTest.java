package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CertificateDescriptionTest {

    private final Issued root = TestPki.ca("Description Root").organisation("Example CPO")
            .validity(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"))
            .serial(new BigInteger("00ABCDEF0123", 16)).build();

    @Test
    void describesARoot() throws Exception {
        CertificateDescription description = CertificateDescription.of(root.certificate());
        assertEquals("O=Example CPO,CN=Description Root", description.subject());
        assertEquals(description.subject(), description.issuer());
        assertEquals("ABCDEF0123", description.serialNumber());
        assertEquals("2026-01-01T00:00:00Z", description.notBefore());
        assertEquals("2036-01-01T00:00:00Z", description.notAfter());
        assertEquals(HexFormat.of().withUpperCase().formatHex(
                MessageDigest.getInstance("SHA-256").digest(root.der())), description.sha256Fingerprint());
        assertEquals("EC", description.keyAlgorithm());
        assertEquals(256, description.keySize());
        assertTrue(description.isCa());
    }

    @Test
    void describesAnRsaLeaf() {
        Issued leaf = TestPki.leaf("CP-0001").key(TestPki.rsa(2048)).issuedBy(root).build();
        CertificateDescription description = CertificateDescription.of(leaf.certificate());
        assertEquals("RSA", description.keyAlgorithm());
        assertEquals(2048, description.keySize());
        assertEquals("O=Example CPO,CN=Description Root", description.issuer());
        assertFalse(description.isCa());
        assertFalse(description.sha256Fingerprint().contains(":"));
    }

    @Test
    void ecKeySizeIsTheCurveSize() {
        Issued p384 = TestPki.ca("P-384").key(TestPki.ec("secp384r1")).build();
        Issued p192 = TestPki.ca("P-192").key(TestPki.ec("secp192r1")).build();
        assertEquals(384, CertificateDescription.of(p384.certificate()).keySize());
        assertEquals(192, CertificateDescription.of(p192.certificate()).keySize());
    }
}
