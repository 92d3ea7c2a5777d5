package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.certificates.TestFiles.ascii;

import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.junit.jupiter.api.Test;

class CertificateReaderTest {

    private static final char[] PASSWORD = "s3cret-Pw".toCharArray();
    private final CertificateReader reader = new CertificateReader();
    private final Issued root = TestPki.ca("Reader Root").build();
    private final Issued intermediate = TestPki.ca("Reader Sub CA").issuedBy(root).build();
    private final Issued leaf = TestPki.leaf("CP-0001").organisation("Example CPO").issuedBy(intermediate).build();

    @Test
    void readsOnePemCertificate() throws Exception {
        CertificateMaterial material = reader.read(root.pemBytes(), null, null);
        assertEquals(List.of(root.certificate()), material.certificates());
        assertTrue(material.key().isEmpty());
    }

    @Test
    void readsDerCertificate() throws Exception {
        assertEquals(List.of(root.certificate()), reader.readCertificates(root.der()));
    }

    @Test
    void readsBase64WithoutPemHeaders() throws Exception {
        byte[] pasted = ascii(Base64.getMimeEncoder().encodeToString(root.der()));
        assertEquals(List.of(root.certificate()), reader.readCertificates(pasted));
    }

    @Test
    void readsChainInFileOrderIgnoringTextAroundBlocks() throws Exception {
        byte[] file = ascii("Bag Attributes\n  friendlyName: station\n" + leaf.pem() + "subject=CN = Reader Sub CA\n"
                + intermediate.pem() + root.pem());
        assertEquals(List.of(leaf.certificate(), intermediate.certificate(), root.certificate()),
                reader.readCertificates(file));
    }

    @Test
    void readsPemSavedByWindowsEditorsWithByteOrderMarkAndCrLf() throws Exception {
        byte[] text = ascii(root.pem().replace("\n", "\r\n"));
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals(List.of(root.certificate()), reader.readCertificates(withBom));
    }

    @Test
    void readsPkcs12WithChainLeafFirst() throws Exception {
        CertificateMaterial material = reader.read(TestFiles.pkcs12(leaf, PASSWORD, intermediate, root), null, PASSWORD);
        assertEquals(List.of(leaf.certificate(), intermediate.certificate(), root.certificate()), material.certificates());
        SameKey.assertSameKey(leaf.keyPair().getPrivate(), material.privateKey());
    }

    @Test
    void readsRsaPkcs12() throws Exception {
        Issued rsaLeaf = TestPki.leaf("CP-RSA").key(TestPki.rsa(2048)).issuedBy(root).build();
        CertificateMaterial material = reader.read(TestFiles.pkcs12(rsaLeaf, PASSWORD, root), null, PASSWORD);
        assertEquals(rsaLeaf.certificate(), material.first());
        SameKey.assertSameKey(rsaLeaf.keyPair().getPrivate(), material.privateKey());
    }

    @Test
    void readsPkcs7Bundle() throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addCertificates(new JcaCertStore(List.of(leaf.certificate(), intermediate.certificate())));
        byte[] p7b = generator.generate(new CMSProcessableByteArray(new byte[0])).getEncoded();
        assertEquals(2, reader.readCertificates(p7b).size());
    }

    @Test
    void readsCertificateAndKeyFromOnePemFile() throws Exception {
        CertificateMaterial material = reader.read(ascii(leaf.pem() + leaf.keyPem()), null, null);
        SameKey.assertSameKey(leaf.keyPair().getPrivate(), material.privateKey());
    }

    @Test
    void readsSeparateKeyFileInEveryEncoding() throws Exception {
        PrivateKey ec = leaf.keyPair().getPrivate();
        PrivateKey rsa = TestPki.rsa(2048).getPrivate();
        SameKey.assertSameKey(ec, reader.readPrivateKey(leaf.keyPemBytes(), null));
        SameKey.assertSameKey(ec, reader.readPrivateKey(ec.getEncoded(), null));
        SameKey.assertSameKey(ec, reader.readPrivateKey(ascii(TestFiles.encryptedPkcs8(ec, PASSWORD)), PASSWORD));
        SameKey.assertSameKey(ec, reader.readPrivateKey(ascii(TestFiles.sec1Key(ec)), null));
        SameKey.assertSameKey(rsa, reader.readPrivateKey(ascii(TestFiles.rsaTraditionalKey(rsa)), null));
        SameKey.assertSameKey(rsa, reader.readPrivateKey(ascii(TestFiles.legacyEncryptedRsaKey(rsa, PASSWORD)), PASSWORD));
    }

    @Test
    void combinesCertificateFileWithKeyFile() throws Exception {
        CertificateMaterial material = reader.read(TestFiles.pemChain(leaf, intermediate), leaf.keyPemBytes(), null);
        assertEquals(2, material.certificates().size());
        SameKey.assertSameKey(leaf.keyPair().getPrivate(), material.privateKey());
    }

    @Test
    void refusesAKeyInBothFiles() {
        CertificateRefusedException refused = assertThrows(CertificateRefusedException.class,
                () -> reader.read(ascii(leaf.pem() + leaf.keyPem()), leaf.keyPemBytes(), null));
        assertEquals(RefusalReason.KEY_GIVEN_TWICE, refused.reason());
    }

    @Test
    void refusesFilesAboveTheCapBeforeParsing() {
        CertificateReader small = new CertificateReader(100);
        CertificateRefusedException refused = assertThrows(CertificateRefusedException.class,
                () -> small.read(root.pemBytes(), null, null));
        assertEquals(RefusalReason.FILE_TOO_LARGE, refused.reason());
        assertTrue(refused.getMessage().contains("at most 100"));
    }
}
