package org.stationconfig.certificates.ocpp;

import jakarta.inject.Singleton;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.stationconfig.certificates.CertificateHashData;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.HashAlgorithm;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.certificates.store.InstalledCertificate;

/** Installed certificates as the central system names them: OCSP-style hash data (WP3 §6.1). */
@Singleton
public class InstalledHashes {

    private final CertificateStore store;

    public InstalledHashes(CertificateStore store) {
        this.store = store;
    }

    /** Hash data of the installed certificates of one use; those whose issuer is not installed have none. */
    public List<CertificateHashData> of(CertificateUse use, HashAlgorithm algorithm) {
        List<X509Certificate> known = known();
        return store.byUse(use).stream()
                .flatMap(c -> CertificateHashData.ofInstalled(c.certificate(), known, algorithm).stream())
                .toList();
    }

    /** The installed certificate the requested hash data names, if any (hex compared case-insensitively). */
    public Optional<InstalledCertificate> find(CertificateHashData requested) {
        List<X509Certificate> known = known();
        return store.all().stream()
                .filter(c -> CertificateHashData.ofInstalled(c.certificate(), known, requested.hashAlgorithm())
                        .filter(hash -> hash.matches(requested)).isPresent())
                .findFirst();
    }

    private List<X509Certificate> known() {
        return store.all().stream().flatMap(c -> c.chain().stream()).toList();
    }
}
