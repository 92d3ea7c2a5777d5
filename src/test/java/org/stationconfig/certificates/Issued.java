package org.stationconfig.certificates;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** A certificate made by {@link TestPki} with its key pair, and the encodings tests upload. */
record Issued(X509Certificate certificate, KeyPair keyPair) {

    String pem() {
        return PemEncoding.certificate(certificate);
    }

    byte[] pemBytes() {
        return pem().getBytes(StandardCharsets.US_ASCII);
    }

    byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    String keyPem() {
        return PemEncoding.privateKey(keyPair.getPrivate());
    }

    byte[] keyPemBytes() {
        return keyPem().getBytes(StandardCharsets.US_ASCII);
    }

    static String pem(Object object) {
        return write(object);
    }

    private static String write(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}
