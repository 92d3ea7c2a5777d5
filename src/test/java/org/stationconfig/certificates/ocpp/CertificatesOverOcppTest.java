package org.stationconfig.certificates.ocpp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateDescription;
import org.stationconfig.certificates.CertificateHashData;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.CsrSigner;
import org.stationconfig.certificates.HashAlgorithm;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.PemEncoding;
import org.stationconfig.certificates.TestFiles;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.store.CertificateEventsRecorder;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.certificates.store.CertificatesInUse;
import org.stationconfig.connection.Registration;
import org.stationconfig.ocpp.csms.CentralSystemScript;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.Writer;
import org.stationconfig.status.ConnectionStatusService;

/** The whitepaper's certificate messages between a scripted central system and the station, over a real WebSocket. */
@MicronautTest(transactional = false)
class CertificatesOverOcppTest extends TestDataDir {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);
    private static final Actor SERVICE = Actor.app("service", Role.SERVICE);
    private static final String ID = "CP-CERTS";

    @Inject
    EmbeddedServer server;
    @Inject
    CentralSystemScript csms;
    @Inject
    SettingChanges changes;
    @Inject
    ConnectionStatusService status;
    @Inject
    CertificateStore store;
    @Inject
    CertificatesInUse inUse;
    @Inject
    CertificateEventsRecorder events;
    @Inject
    org.stationconfig.audit.AuditLog audit;
    @Inject
    PermissionMatrix permissions;

    private final Issued stationCa = TestPki.ca("CPO Station CA").organisation("Example CPO").build();

    @BeforeEach
    void connect() {
        csms.reset();
        change(Map.of("centralSystemUrl", "ws://127.0.0.1:" + server.getPort() + "/csms", "chargePointId", ID,
                "reconnectInterval", 1, "reconnectMaxInterval", 2, "messageTimeout", 3, "enabled", true));
        // this test's connection: the registration alone may still be the last test's Accepted
        await().atMost(WITHIN).until(() -> csms.connected(ID)
                && status.current().registration() == Registration.ACCEPTED);
        events.clear();
    }

    @AfterEach
    void disconnect() {
        change(Map.of("enabled", false));
    }

    @Test
    void theCentralSystemInstallsListsAndDeletesRoots() throws Exception {
        Issued root = TestPki.ca("CSMS Root Over OCPP").organisation("Central").serial(BigInteger.valueOf(0x0FFF)).build();
        assertEquals("Accepted", status(install(root.pem())));
        assertEquals("Accepted", status(install(root.pem())), "installing it again changes nothing");
        assertEquals("Rejected", status(install(TestPki.ca("Expired").expired().build().pem())));
        assertEquals("Rejected", status(install(stationCa.keyPem())));

        JsonNode listed = call("GetInstalledCertificateIds", Map.of("certificateType", "CentralSystemRootCertificate"));
        assertEquals("Accepted", status(listed));
        CertificateHashData expected = CertificateHashData.ofSelfSigned(root.certificate(), HashAlgorithm.SHA256);
        JsonNode hash = listed.get("certificateHashData").get(0);
        assertEquals(1, listed.get("certificateHashData").size());
        assertEquals("SHA256", hash.get("hashAlgorithm").getStringValue());
        assertEquals(expected.issuerNameHash(), hash.get("issuerNameHash").getStringValue());
        assertEquals(expected.issuerKeyHash(), hash.get("issuerKeyHash").getStringValue());
        assertEquals("FFF", hash.get("serialNumber").getStringValue(), "hex without leading zeros");

        // as a central system may send it: lowercase hex, a leading zero in the serial number
        Map<String, Object> named = Map.of("hashAlgorithm", "SHA256",
                "issuerNameHash", expected.issuerNameHash().toLowerCase(Locale.ROOT),
                "issuerKeyHash", expected.issuerKeyHash().toLowerCase(Locale.ROOT), "serialNumber", "0fff");
        assertEquals("Accepted", status(call("DeleteCertificate", Map.of("certificateHashData", named))));
        assertEquals("NotFound", status(call("DeleteCertificate", Map.of("certificateHashData", named))));
        assertTrue(store.byUse(CertificateUse.CENTRAL_SYSTEM_ROOT).isEmpty());
        assertEquals("NotFound", status(call("GetInstalledCertificateIds", Map.of("certificateType", "CentralSystemRootCertificate"))));
    }

    /**
     * SECURITY.md's residual risk: the central system installs manufacturer roots by default (SPEC §6), so a station
     * maker who does not want that takes the central system out of the use's writers, and InstallCertificate is refused.
     */
    @Test
    void withoutTheCentralSystemAmongItsWritersAManufacturerRootIsRejectedOverOcpp() throws Exception {
        Set<Writer> shipped = permissions.writers(CertificateUse.MANUFACTURER_ROOT);
        assertTrue(shipped.contains(Writer.CSMS), "the default this test is about");
        permissions.change("ManufacturerRootCertificate", EnumSet.of(Writer.SERVICE), SERVICE);
        try {
            Issued own = TestPki.ca("Installer's Own Maker Root").build();
            assertEquals("Rejected", status(install(own.pem(), "ManufacturerRootCertificate")));
            String fingerprint = CertificateDescription.of(own.certificate()).sha256Fingerprint();
            assertFalse(store.all().stream().anyMatch(c -> c.fingerprint().equals(fingerprint)), "nothing installed");
        } finally {
            permissions.change("ManufacturerRootCertificate", shipped, SERVICE);
        }
    }

    /** SteVe: a root installed for one use and sent again for another was answered Accepted, and nothing installed. */
    @Test
    void aRootInstalledForOneUseIsRejectedForAnotherInsteadOfAcceptedAndIgnored() throws Exception {
        Issued root = TestPki.ca("Shared Root").build();
        assertEquals("Accepted", status(install(root.pem())));

        assertEquals("Rejected", status(install(root.pem(), "ManufacturerRootCertificate")));

        String fingerprint = org.stationconfig.certificates.CertificateDescription.fingerprint(root.certificate());
        assertTrue(store.byUse(CertificateUse.MANUFACTURER_ROOT).stream().noneMatch(c -> c.fingerprint().equals(fingerprint)));
        assertEquals(1, store.byUse(CertificateUse.CENTRAL_SYSTEM_ROOT).stream()
                .filter(c -> c.fingerprint().equals(fingerprint)).count());
        assertTrue(audit.page(Category.CERTIFICATE, 0, 20).getContent().stream().anyMatch(e ->
                e.event().equals("CERTIFICATE_REFUSED") && e.message().contains("INSTALLED_FOR_ANOTHER_USE")),
                "the reason is recorded");
    }

    @Test
    void aTriggeredSigningRequestEndsWithTheSignedCertificateInUse() throws Exception {
        change(Map.of("cpoName", ""));
        assertEquals("Rejected", status(trigger("SignChargePointCertificate")), "A02.FR.13: no CpoName, no CSR");
        change(Map.of("cpoName", "Example CPO"));

        assertEquals("Accepted", status(trigger("SignChargePointCertificate")));
        String csr = csms.awaitCall("SignCertificate", WITHIN).payload().get("csr").getStringValue();
        assertTrue(csr.startsWith("-----BEGIN CERTIFICATE REQUEST-----"), csr);
        Issued signed = CsrSigner.sign(csr, stationCa);

        assertEquals("Accepted", status(call("CertificateSigned",
                Map.of("certificateChain", new String(TestFiles.pemChain(signed, stationCa))))));

        String fingerprint = org.stationconfig.certificates.CertificateDescription.fingerprint(signed.certificate());
        assertEquals(fingerprint, inUse.stationCertificate(inUse.now()).orElseThrow().fingerprint());
        await().atMost(WITHIN).until(() -> events.station.stream().anyMatch(e -> fingerprint.equals(e.fingerprint())));
        assertTrue(inUse.hasChargePointCertificate());
        assertEquals("Failed", status(call("DeleteCertificate", Map.of("certificateHashData", hashOf(signed, stationCa)))),
                "M04.FR.05: never the station certificate over OCPP, even with its issuer installed");
    }

    @Test
    void aCertificateForNoRequestOfOursIsRejectedAndReported() throws Exception {
        Issued foreign = TestPki.leaf("SIM0000001").organisation("Example CPO").issuedBy(stationCa).build();
        int before = store.all().size();

        assertEquals("Rejected", status(call("CertificateSigned", Map.of("certificateChain", foreign.pem()))));
        assertEquals("Rejected", status(call("CertificateSigned", Map.of("certificateChain", "not a certificate"))));

        assertEquals(before, store.all().size());
        CentralSystemScript.Received event = await().atMost(WITHIN).until(() -> csms.received.stream()
                .filter(c -> c.action().equals("SecurityEventNotification")
                        && c.payload().get("type").getStringValue().equals("InvalidChargePointCertificate"))
                .findFirst().orElse(null), e -> e != null);
        assertTrue(event.payload().get("techInfo").getStringValue().contains("NO_MATCHING_REQUEST"));
        assertFalse(event.payload().get("techInfo").getStringValue().contains("BEGIN"));
    }

    private Map<String, Object> hashOf(Issued certificate, Issued issuer) {
        // the issuer must be installed for its key hash: install the CA as a manufacturer root
        assertEquals("Accepted", status(install(issuer.pem(), "ManufacturerRootCertificate")));
        CertificateHashData hash = CertificateHashData.of(certificate.certificate(), issuer.certificate(), HashAlgorithm.SHA256);
        return Map.of("hashAlgorithm", "SHA256", "issuerNameHash", hash.issuerNameHash(),
                "issuerKeyHash", hash.issuerKeyHash(), "serialNumber", hash.serialNumber());
    }

    private JsonNode install(String pem) {
        return install(pem, "CentralSystemRootCertificate");
    }

    private JsonNode install(String pem, String use) {
        return call("InstallCertificate", Map.of("certificateType", use, "certificate", pem));
    }

    private JsonNode trigger(String message) {
        return call("ExtendedTriggerMessage", Map.of("requestedMessage", message));
    }

    /** Sends a CALL and returns the CALLRESULT payload. */
    private JsonNode call(String action, Map<String, Object> payload) {
        try {
            String json = JsonText.write(io.micronaut.json.tree.JsonNode.from(payload));
            String frame = csms.call(ID, action, json).get(WITHIN.toSeconds(), TimeUnit.SECONDS);
            JsonNode parsed = JsonText.parse(frame);
            assertEquals(3, parsed.get(0).getIntValue(), frame);
            return parsed.get(2);
        } catch (Exception e) {
            throw new AssertionError(action, e);
        }
    }

    private static String status(JsonNode answer) {
        return answer.get("status").getStringValue();
    }

    private void change(Map<String, Object> values) {
        changes.apply(ChangeRequest.fromApp(INSTALLER, new HashMap<>(values), null));
    }
}
