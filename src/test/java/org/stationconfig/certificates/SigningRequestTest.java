package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SigningRequestTest {

    private static PKCS10CertificationRequest parse(String pem) throws Exception {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            return (PKCS10CertificationRequest) parser.readObject();
        }
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void csrCarriesSerialAndCpoNameAndAValidSignature(KeyType type) throws Exception {
        KeyPair keys = type.generate();
        SigningRequest request = SigningRequest.create(keys, "CP-0001", "Example, CPO");
        assertTrue(request.pem().startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        PKCS10CertificationRequest csr = parse(request.pem());
        assertEquals("CP-0001", IETFUtils.valueToString(csr.getSubject().getRDNs(BCStyle.CN)[0].getFirst().getValue()));
        assertEquals("Example, CPO", csr.getSubject().getRDNs(BCStyle.O)[0].getFirst().getValue().toString());
        // stack-notes §7: the JDK provider cannot build a verifier from SubjectPublicKeyInfo; BC can
        assertTrue(csr.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(TestPki.BC)
                .build(csr.getSubjectPublicKeyInfo())));
        assertEquals(type == KeyType.EC_P256 ? "SHA256WITHECDSA" : "SHA256WITHRSA",
                new org.bouncycastle.operator.DefaultAlgorithmNameFinder()
                        .getAlgorithmName(csr.getSignatureAlgorithm()).toUpperCase());
    }

    @Test
    void keyTypesHaveTheirSizes() {
        assertEquals(KeyType.EC_P256, KeyType.DEFAULT);
        assertEquals(256, ((ECPublicKey) KeyType.EC_P256.generate().getPublic()).getParams().getOrder().bitLength());
        assertEquals(2048, ((RSAPublicKey) KeyType.RSA_2048.generate().getPublic()).getModulus().bitLength());
    }

    @Test
    void refusesWithoutCpoName() {
        KeyPair keys = KeyType.EC_P256.generate();
        assertEquals(RefusalReason.CPO_NAME_MISSING, assertThrows(CertificateRefusedException.class,
                () -> SigningRequest.create(keys, "CP-0001", " ")).reason());
        assertEquals(RefusalReason.CPO_NAME_MISSING, assertThrows(CertificateRefusedException.class,
                () -> SigningRequest.create(keys, "CP-0001", null)).reason());
        assertEquals(RefusalReason.SERIAL_NUMBER_MISSING, assertThrows(CertificateRefusedException.class,
                () -> SigningRequest.create(keys, "", "Example CPO")).reason());
    }

    @Test
    void privateKeyPemIsPkcs8AndReadsBack() throws Exception {
        KeyPair keys = KeyType.EC_P256.generate();
        String pem = PemEncoding.privateKey(keys.getPrivate());
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----"), pem);
        SameKey.assertSameKey(keys.getPrivate(), new CertificateReader().readPrivateKey(TestFiles.ascii(pem), null));
    }
}
