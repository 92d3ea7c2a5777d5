package org.stationconfig.firmware;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.TestPki;

/**
 * A manufacturer's firmware signing material for tests, made with Bouncy Castle: a ManufacturerRootCertificate and a
 * code-signing certificate it issued, and signatures as the whitepaper defines them (base64, SHA-256 over the image).
 */
record FirmwareSigner(Issued root, Issued signing) {

    static FirmwareSigner ec() {
        Issued root = TestPki.ca("Example Manufacturer Root").organisation("Example Manufacturer").build();
        return new FirmwareSigner(root, codeSigning(root, TestPki.ecFresh()).build());
    }

    static FirmwareSigner rsa() {
        Issued root = TestPki.ca("Example Manufacturer RSA Root").key(TestPki.rsa(2048)).build();
        return new FirmwareSigner(root, codeSigning(root, TestPki.rsa(3072)).build());
    }

    /** A signing certificate issued by this root, to be adjusted (validity, key usage) before building. */
    TestPki.Builder another() {
        return codeSigning(root, TestPki.ecFresh());
    }

    static TestPki.Builder codeSigning(Issued root, KeyPair key) {
        return TestPki.leaf("Example Firmware Signing").issuedBy(root).key(key)
                .keyUsage(KeyUsage.digitalSignature).extendedKeyUsage(KeyPurposeId.id_kp_codeSigning);
    }

    String sign(byte[] image) {
        return sign(signing, image);
    }

    static String sign(Issued signer, byte[] image) {
        try {
            KeyPair key = signer.keyPair();
            Signature signature = Signature.getInstance(
                    key.getPrivate().getAlgorithm().startsWith("RSA") ? "SHA256withRSA" : "SHA256withECDSA", TestPki.BC);
            signature.initSign(key.getPrivate());
            signature.update(image);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
