package org.stationconfig.certificates;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

/** A certificate made by {@link TestPki} with its key pair, and the encodings tests upload. */
public record Issued(X509Certificate certificate, KeyPair keyPair) {

    public String pem() {
        return PemEncoding.certificate(certificate);
    }

    public byte[] pemBytes() {
        return pem().getBytes(StandardCharsets.US_ASCII);
    }

    public byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyPem() {
        return PemEncoding.privateKey(keyPair.getPrivate());
    }

    public byte[] keyPemBytes() {
        return keyPem().getBytes(StandardCharsets.US_ASCII);
    }
}
