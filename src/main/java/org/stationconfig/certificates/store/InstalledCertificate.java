package org.stationconfig.certificates.store;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.stationconfig.certificates.CertificateDescription;
import org.stationconfig.certificates.CertificateUse;

/** An installed certificate as the station works with it: its row and the parsed certificates (first = described). */
public record InstalledCertificate(StoredCertificate row, CertificateUse use, List<X509Certificate> chain) {

    public InstalledCertificate {
        chain = List.copyOf(chain);
    }

    public long id() {
        return row.id();
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public String fingerprint() {
        return row.fingerprint();
    }

    public CertificateDescription description() {
        return CertificateDescription.of(certificate());
    }

    public boolean hasPrivateKey() {
        return row.sealedKey() != null;
    }

    /** A station certificate the station stopped presenting after profile 3 failed with it. */
    public boolean withdrawn() {
        return row.withdrawnReason() != null;
    }

    /** RFC 5280 §4.1.2.5: valid from notBefore through notAfter, both inclusive. */
    public boolean validAt(Instant now) {
        return !now.isBefore(row.notBefore()) && !now.isAfter(row.notAfter());
    }

    /** Valid now, but for less than {@code warning} (SPEC §6: warned ahead of time). */
    public boolean expiresWithin(java.time.Duration warning, Instant now) {
        return validAt(now) && now.plus(warning).isAfter(row.notAfter());
    }

    public Validity validity(Instant now) {
        return now.isBefore(row.notBefore()) ? Validity.NOT_YET_VALID
                : now.isAfter(row.notAfter()) ? Validity.EXPIRED : Validity.VALID;
    }

    public enum Validity { VALID, NOT_YET_VALID, EXPIRED }
}
