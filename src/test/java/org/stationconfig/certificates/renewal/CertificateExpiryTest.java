package org.stationconfig.certificates.renewal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.CsrSigner;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.TestFiles;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.certificates.store.InstalledCertificate;
import org.stationconfig.connection.Registration;
import org.stationconfig.ocpp.csms.CentralSystemScript;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.status.ConnectionStatusService;

/** The daily expiry check: warnings ahead of time, and renewal of the station certificate once online. */
@MicronautTest(transactional = false)
class CertificateExpiryTest extends TestDataDir {

    static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);
    static final Duration WITHIN = Duration.ofSeconds(20);

    @Inject
    CertificateExpiry expiry;
    @Inject
    CertificateInstallation installation;
    @Inject
    SettingChanges settings;
    @Inject
    AuditLog audit;
    @Inject
    EmbeddedServer server;
    @Inject
    CentralSystemScript csms;
    @Inject
    ConnectionStatusService status;

    final Issued stationCa = TestPki.ca("CPO Station CA").organisation("Example CPO").build();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void anExpiringStationCertificateIsWarnedAboutAndRenewedOnceOnline() {
        change(Map.of("cpoName", "Example CPO"));
        Issued ending = TestPki.leaf("SIM0000001").organisation("Example CPO").issuedBy(stationCa)
                .validity(now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(20))).build();
        InstalledCertificate installed = installation.upload(CertificateUse.CHARGE_POINT, ending.pemBytes(),
                ending.keyPemBytes(), null, INSTALLER).installed();
        Issued lastingRoot = TestPki.ca("Lasting Root").build();
        installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, lastingRoot.pemBytes(), null, null, INSTALLER);

        CertificateExpiry.Report offline = expiry.check();
        assertEquals(List.of(installed.id()), offline.expiringSoon().stream().map(InstalledCertificate::id).toList());
        assertFalse(offline.renewalRequested(), "not connected: the next daily check tries again");
        assertTrue(audit.page(Category.CERTIFICATE, 0, 50).getContent().stream().anyMatch(e ->
                e.event().equals("CERTIFICATE_EXPIRES_SOON") && e.message().contains(installed.fingerprint())));

        csms.reset();
        change(Map.of("centralSystemUrl", "ws://127.0.0.1:" + server.getPort() + "/csms", "chargePointId", "CP-EXP",
                "reconnectInterval", 1, "reconnectMaxInterval", 2, "messageTimeout", 3, "enabled", true));
        try {
            await().atMost(WITHIN).until(() -> status.current().registration() == Registration.ACCEPTED);
            assertTrue(expiry.check().renewalRequested());
            String csr = csms.awaitCall("SignCertificate", WITHIN).payload().get("csr").getStringValue();
            assertFalse(expiry.check().renewalRequested(), "one request a day");

            Issued renewed = CsrSigner.sign(csr, stationCa);
            assertTrue(installation.signed(new String(TestFiles.pemChain(renewed, stationCa)), Actor.csms()).accepted());
            CertificateExpiry.Report after = expiry.check();
            assertTrue(after.expiringSoon().stream().noneMatch(c -> c.use() == CertificateUse.CHARGE_POINT
                    && c.fingerprint().equals(org.stationconfig.certificates.CertificateDescription.fingerprint(renewed.certificate()))));
            assertFalse(after.renewalRequested());
        } finally {
            change(Map.of("enabled", false));
        }
    }

    private void change(Map<String, Object> values) {
        settings.apply(ChangeRequest.fromApp(INSTALLER, new HashMap<>(values), null));
    }
}
