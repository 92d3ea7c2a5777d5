package org.stationconfig.certificates.renewal;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.stationconfig.certificates.store.CertificatesInUse;
import org.stationconfig.certificates.store.InstalledCertificate;

/**
 * The status view of {@link CertificateExpiry}: the trusted central-system roots and the station certificate in use
 * that expire within the warning period, each with what the station will do about it.
 */
@Singleton
class ExpiringInUse implements CertificateWarnings {

    private final CertificatesInUse inUse;

    ExpiringInUse(CertificatesInUse inUse) {
        this.inUse = inUse;
    }

    @Override
    public List<ExpiringCertificate> expiringSoon() {
        Instant now = inUse.now();
        List<ExpiringCertificate> expiring = new ArrayList<>();
        List<InstalledCertificate> roots = inUse.trustedRoots(now);
        for (InstalledCertificate root : roots) {
            if (root.expiresWithin(CertificateExpiry.WARNING, now)) {
                boolean successor = roots.stream().anyMatch(other -> other.row().notAfter().isAfter(root.row().notAfter()));
                expiring.add(of(root, now, successor
                        ? "This central-system root expires soon; another trusted root stays valid longer."
                        : "The only trusted central-system root expires soon: after that, profiles 2 and 3 cannot connect. "
                        + "Install its successor (app upload or InstallCertificate) before then."));
            }
        }
        inUse.stationCertificate(now).filter(station -> station.expiresWithin(CertificateExpiry.WARNING, now))
                .ifPresent(station -> expiring.add(of(station, now, "The station certificate expires soon. The station "
                        + "asks the central system for a new one (SignCertificate) once a day while online; otherwise "
                        + "upload a new one before then, or profile 3 cannot connect.")));
        return expiring;
    }

    private static ExpiringCertificate of(InstalledCertificate certificate, Instant now, String message) {
        return new ExpiringCertificate(certificate.use().ocppName(), certificate.row().subject(), certificate.fingerprint(),
                certificate.row().notAfter(), Duration.between(now, certificate.row().notAfter()).toDays(), message);
    }
}
