package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.status.ConnectionStatus;

/**
 * Security profile 2 for real: a central system serving TLS on loopback with a certificate made here by Bouncy
 * Castle; the station trusts exactly the roots in its store (SPEC §6).
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TlsConnectionTest extends StationUnderTest {

    static final String KEY = "00112233445566778899AABBCCDDEEFF";
    static final Issued CSMS_CA = TestPki.ca("Test CSMS Root").build();
    static final Issued FOREIGN_CA = TestPki.ca("Someone Else's Root").build();

    @Inject
    CertificateInstallation installation;

    private EmbeddedServer tlsCentralSystem;

    static final Issued STATION_CA = TestPki.ca("CPO Station CA").build();

    private EmbeddedServer mutualTlsCentralSystem;

    @BeforeAll
    void startTlsCentralSystems() throws Exception {
        Issued server = TestPki.leaf("localhost").issuedBy(CSMS_CA).dns("localhost").ip("127.0.0.1").build();
        tlsCentralSystem = tlsServer(server, null);
        mutualTlsCentralSystem = tlsServer(server, STATION_CA);
    }

    /** A central system on loopback serving TLS with this certificate; with a client CA it requires client certificates. */
    static EmbeddedServer tlsServer(Issued server, Issued clientCa) throws Exception {
        Path dir = Files.createTempDirectory("tls-csms-");
        Files.writeString(dir.resolve("server.pem"), server.pem() + CSMS_CA.pem());
        Files.writeString(dir.resolve("server.key"), server.keyPem());
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "station.data-dir", dir.resolve("data").toString(),
                "micronaut.server.ssl.enabled", true,
                "micronaut.server.ssl.port", -1,
                "micronaut.server.dual-protocol", false,
                "micronaut.server.ssl.key-store.certificate-path", "file:" + dir.resolve("server.pem"),
                "micronaut.server.ssl.key-store.key-path", "file:" + dir.resolve("server.key")));
        if (clientCa != null) {
            Files.writeString(dir.resolve("clients.pem"), clientCa.pem());
            properties.put("micronaut.server.ssl.client-authentication", "NEED");
            properties.put("micronaut.server.ssl.trust-store.path", "file:" + dir.resolve("clients.pem"));
        }
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    @AfterAll
    void stopTlsCentralSystems() {
        tlsCentralSystem.close();
        mutualTlsCentralSystem.close();
    }

    private String wssUrl(String host) {
        return "wss://" + host + ":" + tlsCentralSystem.getPort() + "/csms";
    }

    @Test
    @Order(3)
    void aServerCertificateForAnotherHostIsRefused() throws Exception {
        Issued elsewhere = TestPki.leaf("csms.elsewhere.example").issuedBy(CSMS_CA).dns("csms.elsewhere.example").build();
        try (EmbeddedServer wrongName = tlsServer(elsewhere, null)) {
            commission("CP-TLS-NAME", Map.of("centralSystemUrl", "wss://127.0.0.1:" + wrongName.getPort() + "/csms",
                    "securityProfile", 2, "accessKey", KEY));
            ConnectionStatus failed = awaitStatus(s -> s.lastError() != null && s.lastError().code().startsWith("TLS_"));
            assertEquals("TLS_HOSTNAME_MISMATCH", failed.lastError().code());
        }
    }

    @Test
    @Order(4)
    void profile3PresentsTheStationCertificateAndIsAccepted() {
        Issued stationCertificate = TestPki.leaf(settings.current().value("chargePointSerialNumber"))
                .organisation("Test CPO").issuedBy(STATION_CA).build();
        var outcome = installation.upload(CertificateUse.CHARGE_POINT, (stationCertificate.pem() + STATION_CA.pem()).getBytes(),
                stationCertificate.keyPemBytes(), null, Actor.system());
        assertTrue(outcome.accepted(), outcome.refusals().toString());
        change(Map.of("cpoName", "Test CPO"));
        // another endpoint: the stored access key is bound to its own, so this change clears it (profile 3 needs none)
        Map<String, Object> values = new java.util.HashMap<>(Map.of("centralSystemUrl", "wss://127.0.0.1:"
                + mutualTlsCentralSystem.getPort() + "/csms", "securityProfile", 3));
        values.put("accessKey", null);
        commission("CP-TLS3", values);
        ConnectionStatus accepted = awaitStatus(s -> s.registration() == Registration.ACCEPTED
                && s.state().name().equals("CONNECTED") && s.securityProfile() == 3);
        assertTrue(accepted.effectiveUrl().startsWith("wss://"));
    }

    @Test
    @Order(1)
    void aServerSignedByAnotherRootIsUntrustedAndTheStatusNamesItsIssuer() {
        installation.installRoot(CertificateUse.CENTRAL_SYSTEM_ROOT, FOREIGN_CA.pem(), Actor.system());
        commission("CP-TLS", Map.of("centralSystemUrl", wssUrl("127.0.0.1"), "securityProfile", 2, "accessKey", KEY));
        ConnectionStatus failed = awaitStatus(s -> s.lastError() != null && s.lastError().code().startsWith("TLS_"));
        assertEquals("TLS", failed.lastError().stage());
        assertEquals("TLS_UNTRUSTED", failed.lastError().code());
        assertTrue(failed.lastError().serverCertificate().issuer().contains("Test CSMS Root"),
                failed.lastError().serverCertificate().toString());
    }

    @Test
    @Order(2)
    void withTheCentralSystemsRootInstalledProfile2IsAcceptedOverTls() {
        installation.installRoot(CertificateUse.CENTRAL_SYSTEM_ROOT, CSMS_CA.pem(), Actor.system());
        commission("CP-TLS", Map.of("centralSystemUrl", wssUrl("127.0.0.1"), "securityProfile", 2, "accessKey", KEY));
        ConnectionStatus accepted = awaitStatus(s -> s.registration() == Registration.ACCEPTED
                && s.state().name().equals("CONNECTED") && s.effectiveUrl().startsWith("wss://"));
        assertEquals(2, accepted.securityProfile());
        var tlsScript = tlsCentralSystem.getApplicationContext().getBean(org.stationconfig.ocpp.csms.CentralSystemScript.class);
        assertTrue(tlsScript.authorizations.stream().anyMatch(header -> header.startsWith("Basic ")),
                "profile 2 sends the access key over TLS");
    }
}
