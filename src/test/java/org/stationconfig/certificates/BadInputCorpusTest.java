package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.certificates.TestFiles.ascii;

import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Files installers really send by mistake; each must be refused with its own reason, not just "refused". */
public class BadInputCorpusTest {

    private static final char[] PASSWORD = "right-password".toCharArray();
    private static final char[] WRONG = "wrong-password".toCharArray();
    private static final Random NOISE = new Random(42); // fixed seed: the same noise every run

    private static final Issued ROOT = TestPki.ca("Corpus Root").build();
    private static final Issued SUB_CA = TestPki.ca("Corpus Sub CA").issuedBy(ROOT).build();
    private static final Issued SUB_SUB_CA = TestPki.ca("Corpus Sub-Sub CA").issuedBy(SUB_CA).build();
    private static final Issued STATION = TestPki.leaf("CP-0001").organisation("Example CPO").issuedBy(SUB_CA).build();

    /** One upload: what the installer picked, for which use. */
    public record Upload(CertificateUse use, byte[] file, byte[] key, char[] password, ExpectedSubject expected) {
        static Upload root(byte[] file) {
            return new Upload(CertificateUse.CENTRAL_SYSTEM_ROOT, file, null, null, ExpectedSubject.any());
        }

        static Upload station(byte[] file, byte[] key, char[] password) {
            return new Upload(CertificateUse.CHARGE_POINT, file, key, password, ExpectedSubject.any());
        }

        static Upload station(Issued leaf, Issued... above) {
            Issued[] chain = Stream.concat(Stream.of(leaf), Arrays.stream(above)).toArray(Issued[]::new);
            return station(TestFiles.pemChain(chain), leaf.keyPemBytes(), null);
        }
    }

    private static Arguments refused(String name, RefusalReason reason, Supplier<Upload> upload) {
        return Arguments.of(name, reason, upload);
    }

    public static Stream<Arguments> corpus() {
        return Stream.of(
                // --- the file cannot be read ---
                refused("empty file", RefusalReason.EMPTY_FILE, () -> Upload.root(new byte[0])),
                refused("only blank lines", RefusalReason.EMPTY_FILE, () -> Upload.root(ascii("\n\r\n   \n"))),
                refused("garbage bytes", RefusalReason.NOT_A_CERTIFICATE, () -> Upload.root(noise(700))),
                refused("a text file", RefusalReason.NOT_A_CERTIFICATE,
                        () -> Upload.root(ascii("Please find attached the certificate.\nRegards"))),
                refused("base64 noise", RefusalReason.NOT_A_CERTIFICATE,
                        () -> Upload.root(ascii(Base64.getMimeEncoder().encodeToString(noise(600))))),
                refused("truncated PEM", RefusalReason.PEM_DAMAGED,
                        () -> Upload.root(ascii(ROOT.pem().substring(0, ROOT.pem().length() / 2)))),
                refused("PEM with characters that are not base64", RefusalReason.PEM_DAMAGED,
                        () -> Upload.root(ascii(ROOT.pem().replaceFirst("\n.", "\n#")))),
                refused("PEM certificate block with noise inside", RefusalReason.CERTIFICATE_DAMAGED,
                        () -> Upload.root(ascii(pem("CERTIFICATE", noise(400))))),
                refused("PEM labelled as a CSR", RefusalReason.WRONG_CONTENT,
                        () -> Upload.root(ascii(csrPem()))),
                refused("PEM public key", RefusalReason.WRONG_CONTENT,
                        () -> Upload.root(ascii(pem("PUBLIC KEY", ROOT.certificate().getPublicKey().getEncoded())))),
                refused("PEM with an unknown label", RefusalReason.WRONG_CONTENT,
                        () -> Upload.root(ascii(ROOT.pem().replace("CERTIFICATE", "SOMETHING ELSE")))),
                refused("DER of a public key, not a certificate", RefusalReason.NOT_A_CERTIFICATE,
                        () -> Upload.root(TestFiles.derOf((org.bouncycastle.asn1.ASN1Sequence) SubjectPublicKeyInfo
                                .getInstance(ROOT.certificate().getPublicKey().getEncoded()).toASN1Primitive()))),
                refused("DER CSR picked instead of the certificate", RefusalReason.WRONG_CONTENT,
                        () -> Upload.root(Base64.getMimeDecoder().decode(csrPem().replaceAll("-----[A-Z ]+-----", "")))),
                refused("oversized file", RefusalReason.FILE_TOO_LARGE,
                        () -> Upload.root(ascii(ROOT.pem() + "#".repeat(CertificateReader.DEFAULT_MAX_BYTES)))),
                refused("private key picked as the certificate", RefusalReason.WRONG_CONTENT,
                        () -> Upload.root(STATION.keyPemBytes())),
                refused("PKCS#12 with the wrong password", RefusalReason.PKCS12_PASSWORD_WRONG,
                        () -> Upload.station(TestFiles.pkcs12(STATION, PASSWORD, SUB_CA), null, WRONG)),
                refused("PKCS#12 without its password", RefusalReason.PKCS12_PASSWORD_MISSING,
                        () -> Upload.station(TestFiles.pkcs12(STATION, PASSWORD, SUB_CA), null, null)),
                refused("PKCS#12 holding only certificates", RefusalReason.PKCS12_WITHOUT_KEY,
                        () -> Upload.station(certificateOnlyPkcs12(), null, PASSWORD)),
                refused("encrypted PKCS#8 with the wrong password", RefusalReason.KEY_PASSWORD_WRONG,
                        () -> Upload.station(STATION.pemBytes(),
                                ascii(TestFiles.encryptedPkcs8(STATION.keyPair().getPrivate(), PASSWORD)), WRONG)),
                refused("encrypted PKCS#8 without a password", RefusalReason.KEY_PASSWORD_MISSING,
                        () -> Upload.station(STATION.pemBytes(),
                                ascii(TestFiles.encryptedPkcs8(STATION.keyPair().getPrivate(), PASSWORD)), null)),
                refused("legacy encrypted RSA key with the wrong password", RefusalReason.KEY_PASSWORD_WRONG,
                        () -> Upload.station(STATION.pemBytes(),
                                ascii(TestFiles.legacyEncryptedRsaKey(TestPki.rsa(2048).getPrivate(), PASSWORD)), WRONG)),
                refused("key file with garbage", RefusalReason.NOT_A_PRIVATE_KEY,
                        () -> Upload.station(STATION.pemBytes(), noise(300), null)),
                refused("SEC1 EC key without its curve", RefusalReason.NOT_A_PRIVATE_KEY,
                        () -> Upload.station(STATION.pemBytes(),
                                ascii(TestFiles.sec1KeyWithoutCurve(STATION.keyPair().getPrivate())), null)),
                refused("certificate given as the key file", RefusalReason.NOT_A_PRIVATE_KEY,
                        () -> Upload.station(STATION.pemBytes(), STATION.pemBytes(), null)),
                refused("key inside the file and as key file", RefusalReason.KEY_GIVEN_TWICE,
                        () -> Upload.station(ascii(STATION.pem() + STATION.keyPem()), STATION.keyPemBytes(), null)),
                // --- roots the policy refuses ---
                refused("expired root", RefusalReason.EXPIRED, () -> Upload.root(TestPki.ca("Old").expired().build().pemBytes())),
                refused("root without a CA flag", RefusalReason.NOT_A_CA,
                        () -> Upload.root(TestPki.ca("No BC").ca(null).build().pemBytes())),
                refused("root without keyCertSign", RefusalReason.NO_KEY_CERT_SIGN,
                        () -> Upload.root(TestPki.ca("No KCS").keyUsage(KeyUsage.digitalSignature).build().pemBytes())),
                refused("RSA 1024 root", RefusalReason.WEAK_KEY,
                        () -> Upload.root(TestPki.ca("RSA 1024").key(TestPki.rsa(1024)).build().pemBytes())),
                refused("EC secp192r1 root", RefusalReason.WEAK_KEY,
                        () -> Upload.root(TestPki.ca("P-192").key(TestPki.ec("secp192r1")).build().pemBytes())),
                refused("EC P-224 root the TLS stack cannot use", RefusalReason.UNSUPPORTED_KEY_ALGORITHM,
                        () -> Upload.root(TestPki.ca("P-224").key(TestPki.ec("secp224r1")).build().pemBytes())),
                refused("Ed25519 root", RefusalReason.UNSUPPORTED_KEY_ALGORITHM,
                        () -> Upload.root(ed25519Root().pemBytes())),
                refused("X.509 v1 root", RefusalReason.NOT_VERSION_3,
                        () -> Upload.root(TestPki.ca("V1").version1().build().pemBytes())),
                refused("leaf uploaded as root", RefusalReason.NOT_A_CA, () -> Upload.root(STATION.pemBytes())),
                refused("intermediate alone uploaded as root", RefusalReason.ROOT_NOT_SELF_SIGNED,
                        () -> Upload.root(SUB_CA.pemBytes())),
                refused("root chain with a missing intermediate", RefusalReason.CHAIN_BROKEN,
                        () -> Upload.root(TestFiles.pemChain(SUB_SUB_CA, ROOT))),
                refused("root with a damaged signature", RefusalReason.CERTIFICATE_DAMAGED,
                        () -> Upload.root(ascii(PemEncoding.certificate(damagedSignature(ROOT))))),
                refused("root chain in reverse order", RefusalReason.CHAIN_ORDER,
                        () -> Upload.root(TestFiles.pemChain(ROOT, SUB_CA))),
                refused("root uploaded with its private key", RefusalReason.WRONG_CONTENT,
                        () -> Upload.root(ascii(ROOT.pem() + ROOT.keyPem()))),
                // --- station certificates the policy refuses ---
                refused("station chain with a missing intermediate", RefusalReason.CHAIN_BROKEN,
                        () -> Upload.station(TestPki.leaf("CP-0001").issuedBy(SUB_SUB_CA).build(), ROOT)),
                refused("station chain in reverse order", RefusalReason.CHAIN_ORDER,
                        () -> Upload.station(TestFiles.pemChain(SUB_CA, STATION), STATION.keyPemBytes(), null)),
                refused("CA certificate uploaded as station certificate", RefusalReason.LEAF_IS_CA,
                        () -> Upload.station(SUB_CA, ROOT)),
                refused("key of another certificate", RefusalReason.KEY_MISMATCH,
                        () -> Upload.station(STATION.pemBytes(), SUB_CA.keyPemBytes(), null)),
                refused("station certificate without a key", RefusalReason.KEY_MISSING,
                        () -> Upload.station(STATION.pemBytes(), null, null)),
                refused("expired station certificate", RefusalReason.EXPIRED,
                        () -> Upload.station(TestPki.leaf("CP-0001").issuedBy(SUB_CA).expired().build(), SUB_CA)),
                refused("RSA 1024 station certificate", RefusalReason.WEAK_KEY,
                        () -> Upload.station(TestPki.leaf("CP-0001").key(TestPki.rsa(1024)).issuedBy(SUB_CA).build())),
                refused("SHA-1 signed station certificate", RefusalReason.WEAK_SIGNATURE,
                        () -> Upload.station(TestPki.leaf("CP-0001").issuedBy(SUB_CA).signatureAlgorithm("SHA1withECDSA").build())),
                refused("server-only certificate as station certificate", RefusalReason.NOT_FOR_TLS_CLIENT,
                        () -> Upload.station(TestPki.leaf("CP-0001").issuedBy(SUB_CA)
                                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth).build())),
                refused("station certificate for another serial number", RefusalReason.SUBJECT_SERIAL_MISMATCH,
                        () -> expecting(new ExpectedSubject("CP-0002", "Example CPO"))),
                refused("station certificate for another CPO", RefusalReason.SUBJECT_CPO_MISMATCH,
                        () -> expecting(new ExpectedSubject("CP-0001", "Other CPO"))),
                refused("station certificate whose key usage lacks digitalSignature", RefusalReason.NOT_FOR_TLS_CLIENT,
                        () -> Upload.station(TestPki.leaf("CP-0001").issuedBy(SUB_CA)
                                .keyUsage(KeyUsage.keyEncipherment).build())),
                refused("EC P-192 station certificate", RefusalReason.WEAK_KEY,
                        () -> Upload.station(TestPki.leaf("CP-0001").key(TestPki.ec("secp192r1")).issuedBy(SUB_CA).build())),
                // --- damaged and hostile structure ---
                refused("truncated DER certificate", RefusalReason.NOT_A_CERTIFICATE,
                        () -> Upload.root(Arrays.copyOf(ROOT.der(), ROOT.der().length / 2))),
                refused("DER certificate with junk appended", RefusalReason.NOT_A_CERTIFICATE,
                        () -> Upload.root(concat(ROOT.der(), noise(64)))),
                refused("PEM certificate block with junk after the certificate", RefusalReason.CERTIFICATE_DAMAGED,
                        () -> Upload.root(ascii(pem("CERTIFICATE", concat(ROOT.der(), noise(64)))))),
                refused("PEM whose END line names another label", RefusalReason.PEM_DAMAGED,
                        () -> Upload.root(ascii(ROOT.pem().replace("END CERTIFICATE", "END PRIVATE KEY")))),
                refused("DER nested 15 000 levels deep", RefusalReason.NOT_A_CERTIFICATE,
                        () -> Upload.root(HostileFiles.nestedSequences(15_000))),
                refused("BER nested 16 000 levels deep with indefinite lengths", RefusalReason.NOT_A_CERTIFICATE,
                        () -> Upload.root(HostileFiles.nestedIndefinite(16_000))),
                refused("PEM certificate block nested 11 000 levels deep", RefusalReason.CERTIFICATE_DAMAGED,
                        () -> Upload.root(ascii(HostileFiles.pem("CERTIFICATE", HostileFiles.nestedSequences(11_000))))),
                refused("key file nested 15 000 levels deep", RefusalReason.NOT_A_PRIVATE_KEY,
                        () -> Upload.station(STATION.pemBytes(), HostileFiles.nestedSequences(15_000), null)),
                refused("station chain of six certificates", RefusalReason.TOO_MANY_CERTIFICATES,
                        () -> Upload.station(DEEP_LEAF, DEEP_CA_5, DEEP_CA_4, SUB_SUB_CA, SUB_CA, ROOT)),
                refused("root chain of six CA certificates", RefusalReason.TOO_MANY_CERTIFICATES,
                        () -> Upload.root(TestFiles.pemChain(DEEP_CA_6, DEEP_CA_5, DEEP_CA_4, SUB_SUB_CA, SUB_CA, ROOT))),
                // --- work-factor bombs (issue 11 hole 10): refused before any key derivation ---
                refused("encrypted key asking for 2^31-1 PBKDF2 iterations", RefusalReason.WORK_FACTOR_TOO_HIGH,
                        () -> Upload.station(STATION.pemBytes(), HostileFiles.pbkdf2Key(Integer.MAX_VALUE), PASSWORD)),
                refused("encrypted key asking for 2^31-1 iterations, no password given", RefusalReason.WORK_FACTOR_TOO_HIGH,
                        () -> Upload.station(STATION.pemBytes(), HostileFiles.pbkdf2Key(Integer.MAX_VALUE), null)),
                refused("encrypted key asking for 1 GiB of scrypt memory", RefusalReason.WORK_FACTOR_TOO_HIGH,
                        () -> Upload.station(STATION.pemBytes(), HostileFiles.scryptKey(1 << 20, 8), PASSWORD)),
                refused("encrypted key asking for 100 001 iterations", RefusalReason.WORK_FACTOR_TOO_HIGH,
                        () -> Upload.station(STATION.pemBytes(), HostileFiles.pbkdf2Key(100_001), PASSWORD)),
                refused("PKCS#12 whose MAC asks for 2^31-1 iterations", RefusalReason.WORK_FACTOR_TOO_HIGH,
                        () -> Upload.station(HostileFiles.pkcs12WithMacIterations(
                                TestFiles.pkcs12(STATION, PASSWORD, SUB_CA), Integer.MAX_VALUE), null, PASSWORD)),
                refused("PKCS#12 without MAC whose certificates ask for 2^31-1 iterations", RefusalReason.WORK_FACTOR_TOO_HIGH,
                        () -> Upload.station(HostileFiles.pkcs12WithoutMac(TestFiles.pkcs12(STATION, PASSWORD, SUB_CA),
                                Integer.MAX_VALUE, true, false), null, PASSWORD)),
                refused("PKCS#12 without MAC whose key asks for 2^31-1 iterations", RefusalReason.WORK_FACTOR_TOO_HIGH,
                        () -> Upload.station(HostileFiles.pkcs12WithoutMac(TestFiles.pkcs12(STATION, PASSWORD, SUB_CA),
                                Integer.MAX_VALUE, false, true), null, PASSWORD)),
                refused("PEM key file with two encrypted keys", RefusalReason.KEY_GIVEN_TWICE,
                        () -> Upload.station(STATION.pemBytes(), ascii(TestFiles.encryptedPkcs8(STATION.keyPair().getPrivate(),
                                PASSWORD) + TestFiles.encryptedPkcs8(STATION.keyPair().getPrivate(), PASSWORD)), PASSWORD)));
    }

    /** A chain one CA deeper than the station accepts: root, sub, sub-sub, 4th, 5th (and 6th) CA. */
    private static final Issued DEEP_CA_4 = TestPki.ca("Corpus CA 4").issuedBy(SUB_SUB_CA).build();
    private static final Issued DEEP_CA_5 = TestPki.ca("Corpus CA 5").issuedBy(DEEP_CA_4).build();
    private static final Issued DEEP_CA_6 = TestPki.ca("Corpus CA 6").issuedBy(DEEP_CA_5).build();
    private static final Issued DEEP_LEAF = TestPki.leaf("CP-0001").issuedBy(DEEP_CA_5).build();

    /** No input may hold the station longer than this, on a loaded build machine. */
    public static final java.time.Duration BOUND = java.time.Duration.ofSeconds(10);

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("corpus")
    void isRefusedWithItsReason(String name, RefusalReason reason, Supplier<Upload> input) {
        Upload upload = input.get();
        Inspection inspection = assertTimeoutPreemptively(BOUND, () -> new CertificateIntake().inspectUpload(upload.use(),
                upload.file(), upload.key(), upload.password(), upload.expected(), Instant.now()), name);
        assertFalse(inspection.accepted(), name);
        assertEquals(reason, inspection.verdict().reasons().get(0), inspection.verdict().toString());
        Refusal refusal = inspection.verdict().refusals().get(0);
        assertTrue(refusal.message().startsWith(reason.message()), refusal.message());
        assertFalse(refusal.message().matches(".*(Exception|java\\.|org\\.bouncycastle).*"), refusal.message());
    }

    static long corpusSize() {
        return corpus().count();
    }

    private static Upload expecting(ExpectedSubject expected) {
        return new Upload(CertificateUse.CHARGE_POINT, TestFiles.pemChain(STATION, SUB_CA), STATION.keyPemBytes(), null,
                expected);
    }

    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        NOISE.nextBytes(bytes);
        bytes[0] = 0x30; // looks like the start of DER, which makes it harder
        return bytes;
    }

    private static String pem(String label, byte[] content) {
        return TestFiles.write(new org.bouncycastle.util.io.pem.PemObject(label, content));
    }

    private static String csrPem() {
        try {
            return SigningRequest.create(TestPki.ecFresh(), "CP-0001", "Example CPO").pem();
        } catch (CertificateRefusedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] certificateOnlyPkcs12() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("root", ROOT.certificate());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            store.store(out, PASSWORD);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Issued ed25519Root() {
        try {
            return TestPki.ca("Ed25519").key(KeyPairGenerator.getInstance("Ed25519").generateKeyPair())
                    .signatureAlgorithm("Ed25519").build();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last byte of the DER is inside the signature value: flipping it keeps the structure, breaks the signature. */
    private static java.security.cert.X509Certificate damagedSignature(Issued issued) {
        byte[] der = issued.der();
        der[der.length - 1] ^= 0x01;
        try {
            return (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(der));
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    @org.junit.jupiter.api.Test
    void corpusHasAtLeastThirtyDistinctInputs() {
        assertTrue(corpusSize() >= 70, "size " + corpusSize());
        assertTrue(corpus().map(a -> a.get()[1]).distinct().count() >= 25, "many different reasons");
    }
}
