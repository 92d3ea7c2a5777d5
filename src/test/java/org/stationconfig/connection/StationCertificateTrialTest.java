package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.api.CertificateView;
import org.stationconfig.certificates.api.CertificateViews;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.certificates.store.InstalledCertificate;
import org.stationconfig.status.ConnectionStatus;

/**
 * A new station certificate is a connection change like any other (SPEC §6): on profile 3 it is tried, and when
 * the central system refuses it the previous certificate is presented again, the new one is withdrawn with the
 * reason, and the rollback is audited and raised as ReconfigurationOfSecurityParameters.
 */
@MicronautTest(transactional = false)
class StationCertificateTrialTest extends StationUnderTest {

    static final Issued STATION_CA = TestPki.ca("CPO Station CA").build();
    static final Issued ROGUE_CA = TestPki.ca("Unknown Station CA").build();

    @Inject
    CertificateInstallation installation;
    @Inject
    CertificateViews views;
    @Inject
    AuditLog audit;

    private EmbeddedServer mutualTls;

    @BeforeAll
    void startCentralSystem() throws Exception {
        Issued server = TestPki.leaf("localhost").issuedBy(TlsConnectionTest.CSMS_CA).dns("localhost").ip("127.0.0.1").build();
        mutualTls = TlsConnectionTest.tlsServer(server, STATION_CA);
    }

    @AfterAll
    void stopCentralSystem() {
        mutualTls.close();
    }

    @Test
    void aRefusedStationCertificateIsRolledBackToThePreviousOne() {
        installation.installRoot(CertificateUse.CENTRAL_SYSTEM_ROOT, TlsConnectionTest.CSMS_CA.pem(), Actor.system());
        change(Map.of("cpoName", "Test CPO"));
        InstalledCertificate previous = upload(STATION_CA);
        commission("CP-CERT-TRIAL", Map.of("centralSystemUrl", "wss://127.0.0.1:" + mutualTls.getPort() + "/csms",
                "securityProfile", 3));
        awaitConnected("CP-CERT-TRIAL");

        InstalledCertificate refused = upload(ROGUE_CA);

        ConnectionStatus back = awaitStatus(s -> s.trial().lastRollbackReason() != null
                && s.trial().lastRollbackReason().contains("stationCertificate")
                && s.registration() == Registration.ACCEPTED && s.state().name().equals("CONNECTED"));
        assertTrue(back.trial().lastRollbackReason().contains("stationCertificate"), back.trial().lastRollbackReason());
        CertificateView withdrawn = view(refused);
        assertFalse(withdrawn.inUse());
        assertTrue(withdrawn.warnings().stream().anyMatch(w -> w.kind().equals("WITHDRAWN")), withdrawn.warnings().toString());
        assertTrue(view(previous).inUse(), "the previous certificate is presented again");
        assertTrue(events(Category.CERTIFICATE).stream().anyMatch(e -> e.event().equals("STATION_CERTIFICATE_WITHDRAWN")
                && e.message().contains(refused.fingerprint())));
        assertTrue(events(Category.SECURITY).stream().anyMatch(e -> e.event().equals("ReconfigurationOfSecurityParameters")
                && e.message().contains("stationCertificate")));
    }

    @Test
    void aStationCertificateTheCentralSystemAcceptsBecomesTheOneToReturnTo() {
        installation.installRoot(CertificateUse.CENTRAL_SYSTEM_ROOT, TlsConnectionTest.CSMS_CA.pem(), Actor.system());
        change(Map.of("cpoName", "Test CPO"));
        InstalledCertificate first = upload(STATION_CA);
        commission("CP-CERT-RENEW", Map.of("centralSystemUrl", "wss://127.0.0.1:" + mutualTls.getPort() + "/csms",
                "securityProfile", 3));
        awaitConnected("CP-CERT-RENEW");
        var rollbackBefore = status.current().trial().lastRollbackAt();
        int connectionsBefore = script().connections.get();

        InstalledCertificate renewed = upload(STATION_CA);

        awaitStatus(s -> script().connections.get() > connectionsBefore && s.registration() == Registration.ACCEPTED
                && s.state().name().equals("CONNECTED") && !s.trial().active());
        assertTrue(view(renewed).inUse());
        assertFalse(view(first).inUse());
        assertEquals(rollbackBefore, status.current().trial().lastRollbackAt(), "no rollback");
        assertNotEquals(first.fingerprint(), renewed.fingerprint());
    }

    private void awaitConnected(String chargePointId) {
        awaitStatus(s -> script().connected(chargePointId) && s.registration() == Registration.ACCEPTED
                && s.state().name().equals("CONNECTED") && s.trial().previousKept() && !s.trial().active());
    }

    private InstalledCertificate upload(Issued ca) {
        Issued certificate = TestPki.leaf(settings.current().value("chargePointSerialNumber"))
                .organisation("Test CPO").issuedBy(ca).build();
        var outcome = installation.upload(CertificateUse.CHARGE_POINT, (certificate.pem() + ca.pem()).getBytes(),
                certificate.keyPemBytes(), null, Actor.system());
        assertTrue(outcome.accepted(), outcome.refusals().toString());
        return outcome.installed();
    }

    private CertificateView view(InstalledCertificate certificate) {
        return views.all().stream().filter(v -> v.id() == certificate.id()).findFirst().orElseThrow();
    }

    private List<AuditEntry> events(Category category) {
        return audit.page(category, 0, 100).getContent();
    }

    private org.stationconfig.ocpp.csms.CentralSystemScript script() {
        return mutualTls.getApplicationContext().getBean(org.stationconfig.ocpp.csms.CentralSystemScript.class);
    }
}
