package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.clock.StationClock;
import org.stationconfig.status.ConnectionStatus;
import org.stationconfig.settings.ChangeRequest;

/**
 * Issue 13, items 3 and 4, against real TLS central systems on loopback with certificates made here: the connection
 * test is the connection the station would make (its own roots, its certificate for profile 3, the same diagnosis),
 * and the live link keeps to the whitepaper's TLS policy and judges certificates by the station's clock.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StationTlsPolicyTest extends StationUnderTest {

    static final String KEY = "00112233445566778899AABBCCDDEEFF";
    static final Issued CSMS_CA = TestPki.ca("Policy CSMS Root").build();
    static final Issued FOREIGN_CA = TestPki.ca("Policy Foreign Root").build();
    static final Issued STATION_CA = TestPki.ca("Policy Station CA").build();
    static final Issued SERVER = TestPki.leaf("localhost").issuedBy(CSMS_CA).dns("localhost").ip("127.0.0.1").build();

    @Inject
    CertificateInstallation installation;
    @Inject
    ConnectionTester tester;
    @Inject
    AuditLog auditLog;
    @Inject
    StationClock stationClock;

    /** A TLS central system on loopback; extra server properties restrict its versions, suites or client checks. */
    static EmbeddedServer tlsServer(Issued server, Map<String, Object> extra) throws Exception {
        Path dir = Files.createTempDirectory("tls-policy-");
        Files.writeString(dir.resolve("server.pem"), server.pem() + CSMS_CA.pem());
        Files.writeString(dir.resolve("server.key"), server.keyPem());
        Files.writeString(dir.resolve("clients.pem"), STATION_CA.pem());
        Map<String, Object> properties = new HashMap<>(Map.of(
                "station.data-dir", dir.resolve("data").toString(),
                "micronaut.server.ssl.enabled", true,
                "micronaut.server.ssl.port", -1,
                "micronaut.server.dual-protocol", false,
                "micronaut.server.ssl.key-store.certificate-path", "file:" + dir.resolve("server.pem"),
                "micronaut.server.ssl.key-store.key-path", "file:" + dir.resolve("server.key"),
                "micronaut.server.ssl.trust-store.path", "file:" + dir.resolve("clients.pem")));
        properties.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    private static String wss(EmbeddedServer server) {
        return "wss://127.0.0.1:" + server.getPort() + "/csms";
    }

    private ConnectionTestResult test(Map<String, Object> values) {
        return tester.test(ChangeRequest.fromApp(INSTALLER, values, null));
    }

    @Test
    @Order(1)
    void theConnectionTestTrustsTheStationsRootsAndNamesAnUntrustedServerSo() throws Exception {
        installation.installRoot(CertificateUse.CENTRAL_SYSTEM_ROOT, FOREIGN_CA.pem(), Actor.system());
        try (EmbeddedServer csms = tlsServer(SERVER, Map.of())) {
            ConnectionTestResult untrusted = test(Map.of("centralSystemUrl", wss(csms), "chargePointId", "CP-P",
                    "securityProfile", 2, "accessKey", KEY));
            assertEquals(false, untrusted.ok());
            assertEquals("TLS", untrusted.error().stage());
            assertEquals("TLS_UNTRUSTED", untrusted.error().code(), untrusted.error().toString());
            assertTrue(untrusted.error().serverCertificate().issuer().contains("Policy CSMS Root"));

            installation.installRoot(CertificateUse.CENTRAL_SYSTEM_ROOT, CSMS_CA.pem(), Actor.system());
            ConnectionTestResult trusted = test(Map.of("centralSystemUrl", wss(csms), "chargePointId", "CP-P",
                    "securityProfile", 2, "accessKey", KEY));
            assertTrue(trusted.ok(), trusted.toString());
            assertEquals(List.of("DNS", "TCP", "TLS", "HTTP", "SUBPROTOCOL"),
                    trusted.stages().stream().map(ConnectionTestResult.Stage::stage).toList());
        }
    }

    @Test
    @Order(2)
    void theConnectionTestPresentsTheStationCertificateOnProfile3() throws Exception {
        Issued stationCertificate = TestPki.leaf(settings.current().value("chargePointSerialNumber"))
                .organisation("Test CPO").issuedBy(STATION_CA).build();
        var outcome = installation.upload(CertificateUse.CHARGE_POINT, (stationCertificate.pem() + STATION_CA.pem()).getBytes(),
                stationCertificate.keyPemBytes(), null, Actor.system());
        assertTrue(outcome.accepted(), outcome.refusals().toString());
        change(Map.of("cpoName", "Test CPO"));
        try (EmbeddedServer csms = tlsServer(SERVER, Map.of("micronaut.server.ssl.client-authentication", "NEED"))) {
            ConnectionTestResult mutual = test(Map.of("centralSystemUrl", wss(csms), "chargePointId", "CP-P3",
                    "securityProfile", 3));
            assertTrue(mutual.ok(), mutual.toString());
        }
    }

    @Test
    @Order(3)
    void aCentralSystemOfferingOnlyLegacySuitesIsRefusedWithTheSuitesNamedAndTheEventRaised() throws Exception {
        installation.installRoot(CertificateUse.CENTRAL_SYSTEM_ROOT, CSMS_CA.pem(), Actor.system()); // kept if there
        // an RSA server offering CBC with ECDHE and with static RSA key exchange (suites a default client accepts)
        Issued rsaServer = TestPki.leaf("localhost").key(TestPki.rsa(2048)).issuedBy(CSMS_CA).dns("localhost")
                .ip("127.0.0.1").build();
        try (EmbeddedServer csms = tlsServer(rsaServer, Map.of("micronaut.server.ssl.protocols", List.of("TLSv1.2"),
                "micronaut.server.ssl.ciphers", List.of("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
                        "TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA256")))) {
            commission("CP-CBC", Map.of("centralSystemUrl", wss(csms), "securityProfile", 2, "accessKey", KEY));
            ConnectionStatus refused = awaitStatus(s -> s.lastError() != null && "TLS".equals(s.lastError().stage()));
            assertEquals("TLS_PROTOCOL", refused.lastError().code());
            assertTrue(refused.lastError().message().contains("cipher suites"), refused.lastError().message());
            assertTrue(refused.lastError().hint().contains("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"),
                    refused.lastError().hint());
            assertTrue(securityEvents().stream().anyMatch(event -> event.event().equals("InvalidTLSCipherSuite")),
                    securityEvents().toString());
            assertTrue(csms.getApplicationContext().getBean(org.stationconfig.ocpp.csms.CentralSystemScript.class)
                    .received.isEmpty(), "no OCPP frame over a legacy suite");
        }
    }

    @Test
    @Order(4)
    void withClockSourceCsmsTheHandshakeJudgesValidityByTheStationClock() throws Exception {
        Issued future = TestPki.leaf("localhost").issuedBy(CSMS_CA).dns("localhost").ip("127.0.0.1")
                .validity(Instant.now().plus(Duration.ofDays(2)), Instant.now().plus(Duration.ofDays(300))).build();
        changes.apply(ChangeRequest.fromApp(Actor.app("service", Role.SERVICE), Map.of("clockSource", "CSMS"), null));
        // the central system's time, three days ahead of this host's
        Instant now = Instant.now();
        stationClock.observe(now.plus(Duration.ofDays(3)), now, now);
        try (EmbeddedServer csms = tlsServer(future, Map.of())) {
            commission("CP-CLOCK", Map.of("centralSystemUrl", wss(csms), "securityProfile", 2, "accessKey", KEY));
            ConnectionStatus accepted = awaitStatus(s -> s.effectiveUrl().endsWith("/CP-CLOCK")
                    && (s.registration() == Registration.ACCEPTED && s.state().name().equals("CONNECTED")
                    || s.lastError() != null && s.lastError().at().isAfter(now) && "TLS".equals(s.lastError().stage())));
            assertEquals(Registration.ACCEPTED, accepted.registration(), String.valueOf(accepted.lastError()));
        } finally {
            changes.apply(ChangeRequest.fromApp(Actor.app("service", Role.SERVICE), Map.of("clockSource", "SYSTEM"), null));
        }
    }

    private List<AuditEntry> securityEvents() {
        return auditLog.page(Category.SECURITY, 0, 200).getContent();
    }
}
