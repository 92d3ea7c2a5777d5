package org.stationconfig.certificates.manage;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.certificates.store.CertificatesInUse;
import org.stationconfig.certificates.store.InstalledCertificate;

/**
 * Keeps renewals from filling the store: after a station certificate is installed, expired station certificates
 * and all but the newest {@value #KEPT} go, never the one in use (the newest ones include the previous certificate,
 * kept as fallback, and one waiting for its notBefore).
 */
@Singleton
public class StationCertificatePruning {

    static final int KEPT = 3;

    private final CertificateStore store;
    private final CertificatesInUse inUse;

    public StationCertificatePruning(CertificateStore store, CertificatesInUse inUse) {
        this.store = store;
        this.inUse = inUse;
    }

    void prune(Actor actor) {
        Instant now = inUse.now();
        List<InstalledCertificate> newestFirst = store.byUse(CertificateUse.CHARGE_POINT).stream()
                .sorted(Comparator.comparingLong(InstalledCertificate::id).reversed()).toList();
        for (int i = 0; i < newestFirst.size(); i++) {
            InstalledCertificate certificate = newestFirst.get(i);
            if (inUse.isStationCertificateInUse(certificate, now)) {
                continue;
            }
            if (certificate.validity(now) == InstalledCertificate.Validity.EXPIRED) {
                store.delete(certificate, actor, "expired, replaced by a newer station certificate");
            } else if (i >= KEPT) {
                store.delete(certificate, actor, "older than the " + KEPT + " newest station certificates");
            }
        }
    }
}
