package org.stationconfig.certificates.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.LoopbackTlsServer;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.certificates.manage.CertificateRemoval;
import org.stationconfig.certificates.manage.RemovalOutcome;
import org.stationconfig.certificates.store.InstalledCertificate;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;

/**
 * Root rotation (M04.FR.06): with profile 2 the root the central system's certificate leads to cannot be deleted,
 * the old one can once the server has moved on, and the only root is always in use.
 */
@MicronautTest(transactional = false)
class RootsInUseTest extends TestDataDir {

    static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);

    @Inject
    CertificateInstallation installation;
    @Inject
    CertificateRemoval removal;
    @Inject
    RootsInUse rootsInUse;
    @Inject
    SettingChanges settings;

    @Test
    void theRootTheServerUsesStaysAndTheOldOneGoes() throws Exception {
        Issued oldRoot = TestPki.ca("CSMS Root 2025").build();
        Issued newRoot = TestPki.ca("CSMS Root 2026").build();
        InstalledCertificate old = install(oldRoot);
        Issued server = TestPki.leaf("localhost").issuedBy(newRoot).dns("localhost").build();
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, newRoot)) {
            change(Map.of("securityProfile", 2, "centralSystemUrl", "wss://localhost:" + tls.port() + "/ocpp"));
            assertEquals(RemovalOutcome.ROOT_IN_USE, removal.remove(old.id(), INSTALLER), "the only root is in use");

            InstalledCertificate current = install(newRoot);
            assertEquals(RemovalOutcome.ROOT_IN_USE, removal.remove(current.id(), Actor.csms()));
            assertEquals(RemovalOutcome.DELETED, removal.remove(old.id(), Actor.csms()), "the server has moved on");
        } finally {
            change(Map.of("securityProfile", 0));
        }
    }

    @Test
    void withoutTlsNoRootIsInUse() {
        InstalledCertificate root = install(TestPki.ca("Spare Root").build());
        assertFalse(rootsInUse.inUse(root, root.row().notBefore().plusSeconds(60)));
        assertEquals(RemovalOutcome.DELETED, removal.remove(root.id(), INSTALLER));
    }

    private InstalledCertificate install(Issued root) {
        return installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, root.pemBytes(), null, null, INSTALLER).installed();
    }

    private void change(Map<String, Object> values) {
        settings.apply(ChangeRequest.fromApp(INSTALLER, new HashMap<>(values), null));
    }
}
