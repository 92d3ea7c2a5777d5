package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class CertificateHashDataTest {

    private static final Map<HashAlgorithm, ASN1ObjectIdentifier> OIDS = Map.of(
            HashAlgorithm.SHA256, NISTObjectIdentifiers.id_sha256,
            HashAlgorithm.SHA384, NISTObjectIdentifiers.id_sha384,
            HashAlgorithm.SHA512, NISTObjectIdentifiers.id_sha512);

    private final Issued root = TestPki.ca("Hash Root").organisation("Hash Test").key(TestPki.rsa(2048)).build();
    private final Issued subCa = TestPki.ca("Hash Sub CA").issuedBy(root).serial(BigInteger.valueOf(4095)).build();

    /** Bouncy Castle's OCSP CertificateID is the reference for RFC 6960 hashing. */
    private static CertificateID ocsp(Issued certificate, Issued issuer, HashAlgorithm algorithm) throws Exception {
        return new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(OIDS.get(algorithm))),
                new JcaX509CertificateHolder(issuer.certificate()), certificate.certificate().getSerialNumber());
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void equalsOcspCertificateIdForAnIssuedCa(HashAlgorithm algorithm) throws Exception {
        CertificateHashData data = CertificateHashData.of(subCa.certificate(), root.certificate(), algorithm);
        CertificateID expected = ocsp(subCa, root, algorithm);
        assertEquals(HexFormat.of().formatHex(expected.getIssuerNameHash()), data.issuerNameHash().toLowerCase());
        assertEquals(HexFormat.of().formatHex(expected.getIssuerKeyHash()), data.issuerKeyHash().toLowerCase());
        assertEquals(algorithm, data.hashAlgorithm());
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void selfSignedRootIsItsOwnIssuer(HashAlgorithm algorithm) throws Exception {
        CertificateHashData data = CertificateHashData.ofSelfSigned(root.certificate(), algorithm);
        CertificateID expected = ocsp(root, root, algorithm);
        assertEquals(HexFormat.of().formatHex(expected.getIssuerNameHash()), data.issuerNameHash().toLowerCase());
        assertEquals(HexFormat.of().formatHex(expected.getIssuerKeyHash()), data.issuerKeyHash().toLowerCase());
        assertEquals(expected.getSerialNumber(), new BigInteger(data.serialNumber(), 16));
    }

    @Test
    void findsTheIssuerAmongInstalledCertificates() {
        List<X509Certificate> installed = List.of(root.certificate(), subCa.certificate());
        assertEquals(CertificateHashData.of(subCa.certificate(), root.certificate(), HashAlgorithm.SHA256),
                CertificateHashData.ofInstalled(subCa.certificate(), installed, HashAlgorithm.SHA256).orElseThrow());
        assertEquals(CertificateHashData.ofSelfSigned(root.certificate(), HashAlgorithm.SHA256),
                CertificateHashData.ofInstalled(root.certificate(), installed, HashAlgorithm.SHA256).orElseThrow());
        assertTrue(CertificateHashData.ofInstalled(subCa.certificate(), List.of(), HashAlgorithm.SHA256).isEmpty());
    }

    @Test
    void serialNumberIsHexWithoutLeadingZeros() {
        assertEquals("FFF", CertificateHashData.ofSelfSigned(subCa.certificate(), HashAlgorithm.SHA256).serialNumber());
        Issued small = TestPki.ca("Small serial").serial(BigInteger.ONE).build();
        assertEquals("1", CertificateHashData.ofSelfSigned(small.certificate(), HashAlgorithm.SHA256).serialNumber());
    }

    @Test
    void hashLengthsFollowTheAlgorithm() {
        assertEquals(64, CertificateHashData.ofSelfSigned(root.certificate(), HashAlgorithm.SHA256).issuerKeyHash().length());
        assertEquals(96, CertificateHashData.ofSelfSigned(root.certificate(), HashAlgorithm.SHA384).issuerKeyHash().length());
        assertEquals(128, CertificateHashData.ofSelfSigned(root.certificate(), HashAlgorithm.SHA512).issuerKeyHash().length());
    }

    @Test
    void matchesCaseInsensitivelyAndIgnoresSerialLeadingZeros() {
        CertificateHashData stored = CertificateHashData.of(subCa.certificate(), root.certificate(), HashAlgorithm.SHA256);
        CertificateHashData requested = new CertificateHashData(HashAlgorithm.SHA256, stored.issuerNameHash().toLowerCase(),
                stored.issuerKeyHash().toLowerCase(), "0fff");
        assertTrue(stored.matches(requested));
    }

    @Test
    void doesNotMatchAnotherAlgorithmSerialOrIssuer() {
        CertificateHashData stored = CertificateHashData.of(subCa.certificate(), root.certificate(), HashAlgorithm.SHA256);
        assertFalse(stored.matches(CertificateHashData.of(subCa.certificate(), root.certificate(), HashAlgorithm.SHA384)));
        assertFalse(stored.matches(new CertificateHashData(HashAlgorithm.SHA256, stored.issuerNameHash(),
                stored.issuerKeyHash(), "FFE")));
        assertFalse(stored.matches(CertificateHashData.ofSelfSigned(root.certificate(), HashAlgorithm.SHA256)));
    }
}
