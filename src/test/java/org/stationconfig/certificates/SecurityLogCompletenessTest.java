package org.stationconfig.certificates;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.certificates.manage.CertificateRemoval;
import org.stationconfig.certificates.manage.InstallOutcome;
import org.stationconfig.certificates.manage.RemovalOutcome;
import org.stationconfig.diagnostics.LogCollector;
import org.stationconfig.diagnostics.LogKind;
import org.stationconfig.diagnostics.TimeWindow;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.Writer;

/**
 * Issue 13 item 9: installing and deleting certificates, from the app and from the central system, and changing a
 * security switch or the permission matrix never reached the security log; GetLog SecurityLog uploads it, so the file
 * it uploads must name each change (ReconfigurationOfSecurityParameters, who, what), and never a secret.
 */
@MicronautTest(transactional = false)
class SecurityLogCompletenessTest extends TestDataDir {

    private static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);
    private static final Actor SERVICE = Actor.app("service", Role.SERVICE);
    private static final String ACCESS_KEY = "0123456789abcdef0123456789ABCDEF";

    @Inject
    CertificateInstallation installation;
    @Inject
    CertificateRemoval removal;
    @Inject
    SettingChanges settings;
    @Inject
    PermissionMatrix permissions;
    @Inject
    LogCollector collector;

    @Test
    void everyCertificateChangeAndSecurityParameterChangeIsInTheUploadedSecurityLog(@TempDir Path dir) throws Exception {
        Issued csmsRoot = TestPki.ca("Security Log CSMS Root").build();
        Issued makerRoot = TestPki.ca("Security Log Maker Root").build();

        InstallOutcome byApp = installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, csmsRoot.pemBytes(), null, null,
                INSTALLER);
        InstallOutcome byCsms = installation.installRoot(CertificateUse.MANUFACTURER_ROOT, makerRoot.pem(), Actor.csms());
        assertTrue(byApp.accepted() && byCsms.accepted(), byApp.reasons() + " " + byCsms.reasons());
        assertEquals(RemovalOutcome.DELETED, removal.remove(byApp.installed(), Actor.csms()));
        assertEquals(RemovalOutcome.DELETED, removal.remove(byCsms.installed().id(), SERVICE));
        settings.apply(ChangeRequest.fromApp(SERVICE, new HashMap<>(Map.of("firmwareUpdateMode", "LEGACY",
                "accessKey", ACCESS_KEY)), null));
        settings.apply(ChangeRequest.fromText(Actor.csms(), "cpoName", "Example CPO"));
        permissions.change("CentralSystemRootCertificate", EnumSet.of(Writer.SERVICE, Writer.CSMS), SERVICE);

        List<String> expected = List.of(
                "CentralSystemRootCertificate installed by app (installer): CN=Security Log CSMS Root",
                "ManufacturerRootCertificate installed by csms (csms): CN=Security Log Maker Root",
                "CentralSystemRootCertificate deleted by csms (csms): CN=Security Log CSMS Root",
                "ManufacturerRootCertificate deleted by app (service): CN=Security Log Maker Root",
                "firmwareUpdateMode changed by app (service)",
                "accessKey changed by app (service)",
                "cpoName changed by csms (csms)",
                "permission for CentralSystemRootCertificate changed by app (service): INSTALLER,SERVICE,CSMS -> SERVICE,CSMS");
        Path upload = dir.resolve("security.log");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            collector.collect(LogKind.SECURITY, TimeWindow.all(), upload);
            String log = Files.readString(upload, StandardCharsets.UTF_8);
            for (String change : expected) {
                assertTrue(log.lines().anyMatch(line -> line.contains(" ReconfigurationOfSecurityParameters - ")
                        && line.contains(change)), change + " in\n" + log);
            }
        });
        String log = Files.readString(upload, StandardCharsets.UTF_8);
        assertTrue(log.contains(CertificateDescription.fingerprint(csmsRoot.certificate())), "names the certificate by its fingerprint");
        assertTrue(!log.toLowerCase().contains(ACCESS_KEY.toLowerCase()), "never the key itself");
    }
}
