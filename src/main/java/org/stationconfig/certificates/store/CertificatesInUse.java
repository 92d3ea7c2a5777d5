package org.stationconfig.certificates.store;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.clock.StationClock;
import org.stationconfig.settings.SecurityPrerequisites;

/**
 * Which installed certificates the station works with now, by the station's clock: every valid
 * CentralSystemRootCertificate is trusted (several may coexist for root rotation), and the station certificate is
 * the newest valid ChargePointCertificate with a key. A newer one that is not yet valid takes over at its notBefore
 * while the previous one stays as fallback (whitepaper A02.FR.08–10). Also answers the profile prerequisites
 * (A05.FR.03/04).
 */
@Singleton
public class CertificatesInUse implements SecurityPrerequisites {

    private final CertificateStore store;
    private final StationClock clock;

    public CertificatesInUse(CertificateStore store, StationClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The central-system roots TLS trusts at {@code now}, oldest first. */
    public List<InstalledCertificate> trustedRoots(Instant now) {
        return store.byUse(CertificateUse.CENTRAL_SYSTEM_ROOT).stream().filter(c -> c.validAt(now)).toList();
    }

    /** The station certificate profile 3 presents at {@code now}. */
    public Optional<InstalledCertificate> stationCertificate(Instant now) {
        return store.byUse(CertificateUse.CHARGE_POINT).stream()
                .filter(c -> c.validAt(now) && c.hasPrivateKey() && !c.withdrawn())
                .max(Comparator.comparingLong(InstalledCertificate::id));
    }

    /** Whether the station certificate with this fingerprint could be presented again at {@code now}. */
    public boolean usableStationCertificate(String fingerprint, Instant now) {
        return store.byUse(CertificateUse.CHARGE_POINT).stream()
                .anyMatch(c -> c.fingerprint().equals(fingerprint) && c.validAt(now) && c.hasPrivateKey() && !c.withdrawn());
    }

    public boolean isStationCertificateInUse(InstalledCertificate certificate, Instant now) {
        return stationCertificate(now).filter(c -> c.id() == certificate.id()).isPresent();
    }

    public Instant now() {
        return clock.now();
    }

    @Override
    public boolean hasCentralSystemRootCertificate() {
        return !trustedRoots(clock.now()).isEmpty();
    }

    @Override
    public boolean hasChargePointCertificate() {
        return stationCertificate(clock.now()).isPresent();
    }
}
