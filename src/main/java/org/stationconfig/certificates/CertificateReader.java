package org.stationconfig.certificates;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads files as a phone uploads them: PEM or DER, one certificate or a chain, PKCS#7, PKCS#12 with password,
 * and private keys as PKCS#8 (plain or encrypted), SEC1 or PKCS#1. Anything else is refused with a reason.
 */
public final class CertificateReader {

    /** Certificates and keys are a few KiB; a cap keeps a bad upload from costing memory before parsing. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;

    private static final Pattern BASE64_TEXT = Pattern.compile("[A-Za-z0-9+/=\\s]+");

    private final int maxBytes;

    public CertificateReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public CertificateReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The upload as a whole: {@code file} holds the certificate(s), perhaps with the key, or is a PKCS#12;
     * {@code keyFile} (may be null) holds the private key; {@code password} (may be null) opens either.
     */
    public CertificateMaterial read(byte[] file, byte[] keyFile, char[] password) throws CertificateRefusedException {
        CertificateMaterial material = readFile(file, password);
        if (keyFile == null || keyFile.length == 0) {
            return material;
        }
        if (material.key().isPresent()) {
            throw new CertificateRefusedException(RefusalReason.KEY_GIVEN_TWICE);
        }
        return material.withKey(readPrivateKey(keyFile, password));
    }

    /** Certificates only, as InstallCertificate and CertificateSigned deliver them (PEM text). */
    public List<X509Certificate> readCertificates(byte[] file) throws CertificateRefusedException {
        CertificateMaterial material = readFile(file, null);
        if (material.key().isPresent()) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.WRONG_CONTENT, "a private key"));
        }
        return material.certificates();
    }

    /** A private key file: PEM (PKCS#8, encrypted PKCS#8, SEC1, PKCS#1) or DER PKCS#8. */
    public PrivateKey readPrivateKey(byte[] keyFile, char[] password) throws CertificateRefusedException {
        checkSize(keyFile);
        keyFile = withoutByteOrderMark(keyFile);
        if (!PemFile.looksLikePem(keyFile)) {
            return PrivateKeyDecoder.fromDer(keyFile, password);
        }
        List<PrivateKey> keys = PemFile.read(keyFile, password).keys(); // certificates beside the key are ignored
        if (keys.isEmpty()) {
            throw new CertificateRefusedException(RefusalReason.NOT_A_PRIVATE_KEY);
        }
        if (keys.size() > 1) {
            throw new CertificateRefusedException(RefusalReason.KEY_GIVEN_TWICE);
        }
        return keys.get(0);
    }

    private CertificateMaterial readFile(byte[] file, char[] password) throws CertificateRefusedException {
        checkSize(file);
        file = withoutByteOrderMark(file);
        if (PemFile.looksLikePem(file)) {
            return fromPem(PemFile.read(file, password));
        }
        byte[] der;
        try {
            der = isBase64Text(file) ? Base64.getMimeDecoder().decode(trimmed(file)) : file;
        } catch (IllegalArgumentException e) { // base64 letters that do not end a whole unit: not a certificate
            throw new CertificateRefusedException(RefusalReason.NOT_A_CERTIFICATE);
        }
        return fromDer(der, password);
    }

    private void checkSize(byte[] file) throws CertificateRefusedException {
        if (file == null || trimmed(file).isEmpty()) {
            throw new CertificateRefusedException(RefusalReason.EMPTY_FILE);
        }
        if (file.length > maxBytes) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.FILE_TOO_LARGE,
                    file.length + " bytes, at most " + maxBytes + " are accepted"));
        }
    }

    private static CertificateMaterial fromPem(PemFile pem) throws CertificateRefusedException {
        if (pem.keys().size() > 1) {
            throw new CertificateRefusedException(RefusalReason.KEY_GIVEN_TWICE);
        }
        if (pem.certificates().isEmpty()) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.WRONG_CONTENT,
                    "a private key without its certificate; upload the key as the key file"));
        }
        return new CertificateMaterial(pem.certificates(), pem.keys().isEmpty() ? null : pem.keys().get(0));
    }

    private static CertificateMaterial fromDer(byte[] der, char[] password) throws CertificateRefusedException {
        return switch (DerShape.of(der)) {
            case SIGNED_STRUCTURE -> new CertificateMaterial(List.of(certificateOrCsr(der)), null);
            case PKCS12 -> Pkcs12File.read(der, password);
            case PKCS7 -> new CertificateMaterial(nonEmpty(Pkcs7Bundle.certificates(der)), null);
            case PRIVATE_KEY, ENCRYPTED_PRIVATE_KEY -> throw new CertificateRefusedException(Refusal.of(
                    RefusalReason.WRONG_CONTENT, "a private key without its certificate; upload the key as the key file"));
            case UNKNOWN -> throw new CertificateRefusedException(RefusalReason.NOT_A_CERTIFICATE);
        };
    }

    /** A CSR has the outline of a certificate; say so rather than "damaged" when a phone picks the wrong file. */
    private static X509Certificate certificateOrCsr(byte[] der) throws CertificateRefusedException {
        try {
            return CertificateDecoder.decode(der);
        } catch (CertificateRefusedException damaged) {
            if (CsrShape.test(der)) {
                throw new CertificateRefusedException(
                        Refusal.of(RefusalReason.WRONG_CONTENT, "a certificate signing request (CSR)"), damaged);
            }
            throw damaged;
        }
    }

    private static List<X509Certificate> nonEmpty(List<X509Certificate> certificates) throws CertificateRefusedException {
        if (certificates.isEmpty()) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.WRONG_CONTENT, "a PKCS#7 file without certificates"));
        }
        return certificates;
    }

    private static boolean isBase64Text(byte[] file) {
        String text = trimmed(file);
        return text.length() >= 16 && BASE64_TEXT.matcher(text).matches();
    }

    private static String trimmed(byte[] file) {
        return new String(withoutByteOrderMark(file), StandardCharsets.ISO_8859_1).strip();
    }

    /** Windows editors save PEM text as UTF-8 with a byte order mark, which would hide the BEGIN line. */
    private static byte[] withoutByteOrderMark(byte[] file) {
        boolean bom = file.length >= 3 && file[0] == (byte) 0xEF && file[1] == (byte) 0xBB && file[2] == (byte) 0xBF;
        return bom ? Arrays.copyOfRange(file, 3, file.length) : file;
    }
}
