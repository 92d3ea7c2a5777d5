package org.stationconfig.certificates.renewal;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.audit.Source;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.CertificatePolicy;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.certificates.store.CertificatesInUse;
import org.stationconfig.certificates.store.InstalledCertificate;
import org.stationconfig.ocpp.CentralSystem;

/**
 * The daily look at validity (SPEC §6): certificates expiring within 30 days are warned about in the audit log, and
 * an expiring station certificate without a successor is renewed through SignCertificate when the station is online
 * (at most once a day; offline, the next day's check tries again).
 */
@Singleton
public class CertificateExpiry {

    static final Duration WARNING = CertificatePolicy.DEFAULT_EXPIRY_WARNING;
    static final Duration RENEWAL_PAUSE = Duration.ofHours(20);
    private static final Logger LOG = LoggerFactory.getLogger(CertificateExpiry.class);

    private final CertificateStore store;
    private final CertificatesInUse inUse;
    private final StationCertificateRenewal renewal;
    private final AuditLog audit;
    private final CentralSystem centralSystem;
    private volatile Instant lastRenewal;

    /** What one check found and did. */
    public record Report(List<InstalledCertificate> expiringSoon, boolean renewalRequested) {
    }

    public CertificateExpiry(CertificateStore store, CertificatesInUse inUse, StationCertificateRenewal renewal,
                             AuditLog audit, CentralSystem centralSystem) {
        this.store = store;
        this.inUse = inUse;
        this.renewal = renewal;
        this.audit = audit;
        this.centralSystem = centralSystem;
    }

    @Scheduled(fixedDelay = "24h", initialDelay = "5m")
    void daily() {
        check();
    }

    public synchronized Report check() {
        Instant now = inUse.now();
        List<InstalledCertificate> soon = store.all().stream().filter(c -> expiresSoon(c, now)).toList();
        for (InstalledCertificate certificate : soon) {
            LOG.warn("{} {} expires on {}", certificate.use().ocppName(), certificate.row().subject(), certificate.row().notAfter());
            audit.record(Source.SYSTEM, "system", Category.CERTIFICATE, "CERTIFICATE_EXPIRES_SOON",
                    certificate.use().ocppName() + " " + certificate.row().subject() + " (SHA-256 "
                            + certificate.fingerprint() + ") expires on " + certificate.row().notAfter());
        }
        return new Report(soon, renewIfDue(now));
    }

    private boolean renewIfDue(Instant now) {
        Optional<InstalledCertificate> station = inUse.stationCertificate(now).filter(c -> expiresSoon(c, now));
        if (station.isEmpty() || hasSuccessor(station.get()) || !renewal.possible()) {
            return false;
        }
        if (lastRenewal != null && Duration.between(lastRenewal, now).compareTo(RENEWAL_PAUSE) < 0) {
            return false;
        }
        if (!centralSystem.online()) {
            LOG.info("The station certificate expires on {}; renewal waits until the station is online",
                    station.get().row().notAfter());
            return false;
        }
        lastRenewal = now;
        renewal.request(Actor.system(), "the station certificate expires on " + station.get().row().notAfter())
                .exceptionally(failed -> {
                    LOG.warn("Renewing the station certificate failed: {}", failed.toString());
                    return null;
                });
        return true;
    }

    /** A newer station certificate already installed (perhaps waiting for its notBefore) lasts longer. */
    private boolean hasSuccessor(InstalledCertificate current) {
        return store.byUse(CertificateUse.CHARGE_POINT).stream()
                .anyMatch(c -> c.hasPrivateKey() && c.row().notAfter().isAfter(current.row().notAfter().plus(WARNING)));
    }

    private static boolean expiresSoon(InstalledCertificate certificate, Instant now) {
        return certificate.expiresWithin(WARNING, now);
    }
}
