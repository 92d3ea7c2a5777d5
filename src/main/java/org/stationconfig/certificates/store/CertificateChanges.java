package org.stationconfig.certificates.store;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.audit.Source;

/**
 * Tells the connection layer when the certificates in use change: right after an install or delete, and when time
 * alone changes them (a station certificate reaching its notBefore, A02.FR.08–10; a root becoming valid or
 * expiring), checked every minute.
 */
@Singleton
public class CertificateChanges {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateChanges.class);

    private final CertificatesInUse inUse;
    private final AuditLog audit;
    private final ApplicationEventPublisher<StationCertificateChanged> stationEvents;
    private final ApplicationEventPublisher<TrustedRootsChanged> rootEvents;
    private final CertificateSecurityLog securityLog;
    private String station;
    private List<String> roots;

    public CertificateChanges(CertificatesInUse inUse, AuditLog audit,
                              ApplicationEventPublisher<StationCertificateChanged> stationEvents,
                              ApplicationEventPublisher<TrustedRootsChanged> rootEvents,
                              CertificateSecurityLog securityLog) {
        this.securityLog = securityLog;
        this.inUse = inUse;
        this.audit = audit;
        this.stationEvents = stationEvents;
        this.rootEvents = rootEvents;
        Instant now = inUse.now();
        this.station = stationFingerprint(now);
        this.roots = rootFingerprints(now);
    }

    @Scheduled(fixedDelay = "60s", initialDelay = "60s")
    void everyMinute() {
        check();
    }

    /** Publishes what changed since the last check. */
    public synchronized void check() {
        Instant now = inUse.now();
        String currentStation = stationFingerprint(now);
        List<String> currentRoots = rootFingerprints(now);
        if (!Objects.equals(currentStation, station)) {
            String previous = station;
            station = currentStation;
            LOG.info("The station certificate in use is now {} (was {})", currentStation, previous);
            audit.record(Source.SYSTEM, "system", Category.CERTIFICATE, "STATION_CERTIFICATE_IN_USE",
                    currentStation == null ? "No station certificate is in use any more"
                            : "The station certificate in use is now SHA-256 " + currentStation);
            securityLog.stationCertificateReplaced(currentStation, previous);
            stationEvents.publishEvent(new StationCertificateChanged(currentStation, previous));
        }
        if (!currentRoots.equals(roots)) {
            roots = currentRoots;
            rootEvents.publishEvent(new TrustedRootsChanged(currentRoots));
        }
    }

    private String stationFingerprint(Instant now) {
        return inUse.stationCertificate(now).map(InstalledCertificate::fingerprint).orElse(null);
    }

    private List<String> rootFingerprints(Instant now) {
        return inUse.trustedRoots(now).stream().map(InstalledCertificate::fingerprint).toList();
    }
}
