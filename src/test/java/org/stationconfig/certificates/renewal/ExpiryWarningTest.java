package org.stationconfig.certificates.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.MutableClock;
import org.stationconfig.auth.MutableClockFactory;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.certificates.store.InstalledCertificate;

/** Expiry warnings follow the station's clock: none early, daily in the last 30 days, none once expired. */
@MicronautTest(transactional = false)
class ExpiryWarningTest extends TestDataDir {

    @Inject
    CertificateExpiry expiry;
    @Inject
    CertificateInstallation installation;
    @Inject
    MutableClock clock;
    @Inject
    org.stationconfig.status.ConnectionStatusService status;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(MutableClockFactory.PROPERTY, "mutable");
    }

    @Test
    void aRootIsWarnedAboutInItsLast30Days() {
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        InstalledCertificate root = installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, TestPki.ca("Sixty Days")
                .validity(start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(60))).build().pemBytes(), null, null,
                Actor.app("installer", Role.INSTALLER)).installed();

        assertTrue(ids(expiry.check()).isEmpty());
        assertEquals(null, status.current().expiringCertificates(), "nothing to warn about in the status");
        clock.advance(Duration.ofDays(31));
        assertEquals(List.of(root.id()), ids(expiry.check()));
        var warned = status.current().expiringCertificates();
        assertEquals(1, warned.size(), "the status warns about the root in use");
        assertEquals("CentralSystemRootCertificate", warned.get(0).use());
        assertEquals(root.fingerprint(), warned.get(0).sha256Fingerprint());
        assertEquals(28, warned.get(0).daysLeft());
        assertTrue(warned.get(0).message().contains("only trusted central-system root"), warned.get(0).message());
        clock.advance(Duration.ofDays(28));
        assertEquals(List.of(root.id()), ids(expiry.check()));
        clock.advance(Duration.ofDays(2));
        assertTrue(ids(expiry.check()).isEmpty(), "expired: no longer 'soon'");
        assertEquals(null, status.current().expiringCertificates(), "an expired root is no longer in use");
        assertFalse(expiry.check().renewalRequested(), "no station certificate, nothing to renew");
    }

    private static List<Long> ids(CertificateExpiry.Report report) {
        return report.expiringSoon().stream().map(InstalledCertificate::id).toList();
    }
}
