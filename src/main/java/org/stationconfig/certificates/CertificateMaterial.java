package org.stationconfig.certificates;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** What an upload contained: certificates in file order (leaf first for a chain) and perhaps a private key. */
public record CertificateMaterial(List<X509Certificate> certificates, PrivateKey privateKey) {

    public CertificateMaterial {
        certificates = List.copyOf(certificates);
    }

    public Optional<PrivateKey> key() {
        return Optional.ofNullable(privateKey);
    }

    /** The first certificate: the station certificate of a chain, or the root of a single-root upload. */
    public X509Certificate first() {
        return certificates.get(0);
    }

    public CertificateMaterial withKey(PrivateKey key) {
        return new CertificateMaterial(certificates, key);
    }
}
