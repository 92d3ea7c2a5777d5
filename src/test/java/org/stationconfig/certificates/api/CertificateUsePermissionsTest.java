package org.stationconfig.certificates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Api;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.firmware.SigningCertificateCheck;

/**
 * Issue 11 hole 2: installing firmware-signing trust (ManufacturerRootCertificate) was open to installers, temporary
 * installers and so to owners through a grant. Who may add and delete which certificate use is permission data now:
 * the listing tells each caller, uploads and deletes obey it, SERVICE changes it and the change is audited.
 */
@MicronautTest(transactional = false)
class CertificateUsePermissionsTest extends TestDataDir {

    private static final String MANUFACTURER = "ManufacturerRootCertificate";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    AuditLog audit;
    @Inject
    SigningCertificateCheck signingCheck;

    Api api;
    CertificateApi installer;
    CertificateApi owner;
    CertificateApi service;
    CertificateApi temporaryInstaller;
    String serviceToken;

    @Override
    protected Map<String, String> extraProperties() {
        return CertificateApi.ACCOUNTS;
    }

    @BeforeAll
    void logIn() {
        api = new Api(client, json);
        installer = new CertificateApi(api, api.token("installer", "installer-password-1"));
        String ownerToken = api.token("owner", "owner-password-1");
        owner = new CertificateApi(api, ownerToken);
        serviceToken = api.token("service", "service-password-1");
        service = new CertificateApi(api, serviceToken);
        Api.Reply grant = api.call(HttpRequest.POST("/api/v1/access-grants", Map.of()), ownerToken);
        assertEquals(201, grant.status(), grant.body());
        temporaryInstaller = new CertificateApi(api,
                api.token((String) grant.json().get("username"), (String) grant.json().get("password")));
    }

    @AfterEach
    void shippedPermissions() {
        changePermission(MANUFACTURER, List.of("SERVICE", "CSMS"), serviceToken);
    }

    @Test
    void installerTemporaryInstallerAndOwnerCannotInstallFirmwareSigningTrust() throws Exception {
        Issued attackerRoot = TestPki.ca("Attacker Firmware Root").build();
        Issued attackerSigner = TestPki.leaf("Attacker Signer").issuedBy(attackerRoot).build();
        List<String> before = service.fingerprints(json);

        for (CertificateApi caller : List.of(installer, temporaryInstaller, owner)) {
            Api.Reply refused = caller.upload(MANUFACTURER, attackerRoot.pemBytes(), null, null).assertProblem(403);
            assertEquals(List.of("NOT_PERMITTED"), CertificateControllerTest.errorKeys(refused), refused.body());
            assertTrue(refused.detail().contains("only SERVICE or the central system may install or delete a "
                    + MANUFACTURER), refused.detail());
        }

        assertEquals(before, service.fingerprints(json));
        assertTrue(signingCheck.refusal(attackerSigner.pem(), Instant.now()).isPresent(),
                "firmware signed under the attacker's root is not trusted");
        assertEquals(201, service.upload(MANUFACTURER, attackerRoot.pemBytes(), null, null).status());
        assertTrue(signingCheck.refusal(attackerSigner.pem(), Instant.now()).isEmpty(), "SERVICE may install it");
    }

    @Test
    void anInstallerCannotDeleteAManufacturerRoot() throws Exception {
        Api.Reply installed = service.upload(MANUFACTURER, TestPki.ca("Maker Root").build().pemBytes(), null, null);
        assertEquals(201, installed.status(), installed.body());
        Object id = installed.json().get("id");

        installer.delete(id).assertProblem(403);
        temporaryInstaller.delete(id).assertProblem(403);
        owner.delete(id).assertProblem(403);

        assertEquals(200, service.get(id).status());
        assertEquals(204, service.delete(id).status());
    }

    @Test
    void theListingTellsEachCallerWhatItMayDoPerUse() throws Exception {
        Map<String, List<Boolean>> installerMay = Map.of("CentralSystemRootCertificate", List.of(true, true),
                MANUFACTURER, List.of(false, false), "ChargePointCertificate", List.of(true, true));
        assertEquals(installerMay, installer.permissions(json));
        assertEquals(installerMay, temporaryInstaller.permissions(json));
        assertEquals(Map.of("CentralSystemRootCertificate", List.of(false, false), MANUFACTURER, List.of(false, false),
                "ChargePointCertificate", List.of(false, false)), owner.permissions(json));
        assertEquals(Map.of("CentralSystemRootCertificate", List.of(true, true), MANUFACTURER, List.of(true, true),
                "ChargePointCertificate", List.of(true, true)), service.permissions(json));
    }

    @Test
    void serviceChangesWhoMayInstallAUseAndTheChangeIsAudited() throws Exception {
        Api.Reply byInstaller = changePermission(MANUFACTURER, List.of("INSTALLER", "SERVICE", "CSMS"),
                (String) null);
        byInstaller.assertProblem(403);

        Api.Reply changed = changePermission(MANUFACTURER, List.of("INSTALLER", "SERVICE", "CSMS"), serviceToken);

        assertEquals(200, changed.status(), changed.body());
        assertEquals(List.of(true, true), installer.permissions(json).get(MANUFACTURER));
        assertEquals(201, installer.upload(MANUFACTURER, TestPki.ca("Allowed Maker Root").build().pemBytes(), null, null)
                .status());
        assertTrue(audit.page(Category.SETTING, 0, 20).getContent().stream().anyMatch(e ->
                e.event().equals("PERMISSION_CHANGED") && e.principal().equals("service")
                        && e.message().equals(MANUFACTURER + ": SERVICE,CSMS -> INSTALLER,SERVICE,CSMS")),
                "audited with before and after");
        assertTrue(api.call(HttpRequest.GET("/api/v1/permissions"), serviceToken).body().contains(MANUFACTURER));
    }

    private Api.Reply changePermission(String use, List<String> writers, String token) {
        String caller = token == null ? api.token("installer", "installer-password-1") : token;
        return api.call(HttpRequest.PUT("/api/v1/permissions/" + use, Map.of("writers", writers)), caller);
    }
}
