package org.stationconfig.certificates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.util.io.pem.PemGenerationException;

/** PEM text for what the station stores and sends: certificates, PKCS#8 private keys, CSRs. */
public final class PemEncoding {

    private PemEncoding() {
    }

    /** One CERTIFICATE block per certificate, in the given order (leaf first for a TLS chain). */
    public static String certificates(List<X509Certificate> certificates) {
        return write(certificates.toArray());
    }

    public static String certificate(X509Certificate certificate) {
        return write(certificate);
    }

    /**
     * "-----BEGIN PRIVATE KEY-----" (PKCS#8). Not JcaPEMWriter on the key itself: for a JDK EC key it writes
     * SEC1 without the curve, which nothing can read back (stack-notes §7).
     */
    public static String privateKey(PrivateKey key) {
        try {
            return write(new JcaPKCS8Generator(key, null).generate());
        } catch (PemGenerationException e) {
            throw new IllegalArgumentException("The private key cannot be encoded as PKCS#8", e);
        }
    }

    public static String signingRequest(PKCS10CertificationRequest request) {
        return write(request);
    }

    private static String write(Object... objects) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to a StringWriter does not fail
        }
        return text.toString();
    }
}
