package org.stationconfig.certificates;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/** The blocks of a PEM text file: certificates (also inside PKCS#7), private keys, and a clear word on anything else. */
final class PemFile {

    private static final List<String> CERTIFICATE_LABELS = List.of("CERTIFICATE", "X509 CERTIFICATE");
    private static final List<String> PKCS7_LABELS = List.of("PKCS7", "CMS");
    private static final List<String> KEY_LABELS =
            List.of("PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY");
    private static final Map<String, String> OTHER_CONTENT = Map.of(
            "CERTIFICATE REQUEST", "a certificate signing request (CSR)",
            "NEW CERTIFICATE REQUEST", "a certificate signing request (CSR)",
            "PUBLIC KEY", "a public key",
            "RSA PUBLIC KEY", "a public key",
            "X509 CRL", "a certificate revocation list (CRL)");

    private final List<X509Certificate> certificates = new ArrayList<>();
    private final List<PrivateKey> keys = new ArrayList<>();

    private PemFile() {
    }

    static boolean looksLikePem(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII).contains("-----BEGIN ");
    }

    static PemFile read(byte[] bytes, char[] password) throws CertificateRefusedException {
        PemFile file = new PemFile();
        for (PemObject block : blocks(bytes)) {
            file.add(block, password);
        }
        return file;
    }

    List<X509Certificate> certificates() {
        return certificates;
    }

    List<PrivateKey> keys() {
        return keys;
    }

    private static List<PemObject> blocks(byte[] bytes) throws CertificateRefusedException {
        List<PemObject> blocks = new ArrayList<>();
        try (PemReader reader = new PemReader(new StringReader(new String(bytes, StandardCharsets.US_ASCII)))) {
            for (PemObject block = reader.readPemObject(); block != null; block = reader.readPemObject()) {
                blocks.add(block);
            }
        } catch (IOException | RuntimeException damaged) { // missing END line, bad base64
            throw new CertificateRefusedException(Refusal.of(RefusalReason.PEM_DAMAGED), damaged);
        }
        if (blocks.isEmpty()) {
            throw new CertificateRefusedException(RefusalReason.PEM_DAMAGED);
        }
        return blocks;
    }

    private void add(PemObject block, char[] password) throws CertificateRefusedException {
        String label = block.getType();
        if (CERTIFICATE_LABELS.contains(label)) {
            certificates.add(CertificateDecoder.decode(block.getContent()));
        } else if (PKCS7_LABELS.contains(label)) {
            certificates.addAll(Pkcs7Bundle.certificates(block.getContent()));
        } else if (KEY_LABELS.contains(label)) {
            if (!keys.isEmpty()) { // before decrypting a second key: each may cost a key derivation
                throw new CertificateRefusedException(RefusalReason.KEY_GIVEN_TWICE);
            }
            keys.add(key(block, password));
        } else {
            String what = OTHER_CONTENT.getOrDefault(label, "a PEM block labelled " + label);
            throw new CertificateRefusedException(Refusal.of(RefusalReason.WRONG_CONTENT, what));
        }
    }

    /** Key blocks go through BC's PEMParser, which knows the encrypted and legacy OpenSSL forms. */
    private static PrivateKey key(PemObject block, char[] password) throws CertificateRefusedException {
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(pemText(block)))) {
            parsed = parser.readObject();
        } catch (IOException | RuntimeException unreadable) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.NOT_A_PRIVATE_KEY), unreadable);
        }
        PrivateKey key = PrivateKeyDecoder.fromPemObject(parsed, password);
        if (key == null) {
            throw new CertificateRefusedException(RefusalReason.NOT_A_PRIVATE_KEY);
        }
        return key;
    }

    private static String pemText(PemObject block) throws IOException {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(block);
        }
        return text.toString();
    }
}
