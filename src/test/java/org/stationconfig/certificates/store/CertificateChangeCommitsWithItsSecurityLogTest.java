package org.stationconfig.certificates.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.InjectedAuditFailure;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateDescription;
import org.stationconfig.certificates.CertificateMaterial;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.TestPki;

/**
 * Issue 13 item 10: a certificate change and its security-log entry commit together. They were written one after
 * the other, so a failure (or a crash) between them left a certificate installed or deleted that the security log
 * (GetLog SecurityLog) never mentions. The security log's write is made to fail in the real SQLite database.
 */
@MicronautTest(transactional = false)
class CertificateChangeCommitsWithItsSecurityLogTest extends TestDataDir {

    private static final Actor SERVICE = Actor.app("service", Role.SERVICE);
    private static final String SECURITY_LOG_EVENT = "ReconfigurationOfSecurityParameters";

    @Inject
    CertificateStore store;

    @Test
    void anInstallWhoseSecurityLogEntryFailsIsNotCommitted() throws Exception {
        CertificateMaterial root = material(TestPki.ca("Rolled Back Root").build());
        String fingerprint = CertificateDescription.of(root.first()).sha256Fingerprint();

        try (InjectedAuditFailure failure = InjectedAuditFailure.on(dataDir(), SECURITY_LOG_EVENT)) {
            assertThrows(RuntimeException.class, () -> store.install(CertificateUse.CENTRAL_SYSTEM_ROOT, root, SERVICE, null));
        }

        assertFalse(store.all().stream().anyMatch(c -> c.fingerprint().equals(fingerprint)), "installed in memory");
        assertTrue(store.install(CertificateUse.CENTRAL_SYSTEM_ROOT, root, SERVICE, null).fingerprint().equals(fingerprint),
                "nothing was left in the database either: it installs afterwards");
    }

    @Test
    void aDeleteWhoseSecurityLogEntryFailsIsNotCommitted() throws Exception {
        InstalledCertificate installed = store.install(CertificateUse.CENTRAL_SYSTEM_ROOT,
                material(TestPki.ca("Kept Root").build()), SERVICE, null);

        try (InjectedAuditFailure failure = InjectedAuditFailure.on(dataDir(), SECURITY_LOG_EVENT)) {
            assertThrows(RuntimeException.class, () -> store.delete(installed, SERVICE, null));
        }

        assertTrue(store.find(installed.id()).isPresent(), "still installed in memory");
        store.delete(installed, SERVICE, null); // and in the database: deleting it now works and logs
        assertFalse(store.find(installed.id()).isPresent());
    }

    private static CertificateMaterial material(Issued issued) {
        return new CertificateMaterial(List.of(issued.certificate()), null);
    }
}
