package org.stationconfig.certificates.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateMaterial;
import org.stationconfig.certificates.CertificateReader;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.CsrSigner;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.KeyType;
import org.stationconfig.certificates.LoopbackTlsServer;
import org.stationconfig.certificates.StationTlsContext;
import org.stationconfig.certificates.TestFiles;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.TlsMaterial;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.certificates.store.PendingKeys;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;

/**
 * The material the WebSocket client gets, tried in real handshakes on loopback: profile 2 trusts exactly the
 * installed roots; profile 3 presents the station certificate, also one that came from the station's own CSR.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientTlsTest extends TestDataDir {

    static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    ClientTlsSource source;
    @Inject
    CertificateInstallation installation;
    @Inject
    PendingKeys pendingKeys;
    @Inject
    SettingChanges settings;

    final Issued csmsCa = TestPki.ca("CSMS CA").organisation("Central").build();
    final Issued server = TestPki.leaf("localhost").issuedBy(csmsCa).dns("localhost").ip("127.0.0.1").build();
    final Issued stationCa = TestPki.ca("CPO Station CA").organisation("Example CPO").build();

    @BeforeAll
    void cpoName() {
        settings.apply(ChangeRequest.fromApp(INSTALLER, Map.of("cpoName", "Example CPO"), null));
    }

    @Test
    @Order(1)
    void withoutCertificatesThereIsNoMaterial() {
        for (int profile = 0; profile <= 3; profile++) {
            assertTrue(source.forProfile(profile).isEmpty(), "profile " + profile);
        }
    }

    @Test
    @Order(2)
    void profile2TrustsTheInstalledRootAndOnlyIt() throws Exception {
        assertTrue(installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, csmsCa.pemBytes(), null, null, INSTALLER).accepted());
        assertTrue(installation.upload(CertificateUse.MANUFACTURER_ROOT, TestPki.ca("Maker").build().pemBytes(), null, null,
                Actor.app("service", Role.SERVICE)).accepted()); // only SERVICE and the central system may
        TlsMaterial material = source.forProfile(2).orElseThrow();

        assertEquals(List.of(csmsCa.certificate()), new CertificateReader().readCertificates(
                TestFiles.ascii(material.trustAnchorsPem())), "central-system roots only, no manufacturer root");
        assertTrue(material.clientChain().isEmpty());
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, csmsCa)) {
            handshake(material, tls.port());
        }
        assertTrue(source.forProfile(1).isEmpty());
        assertTrue(source.forProfile(3).isEmpty(), "profile 3 needs a station certificate");
    }

    @Test
    @Order(3)
    void profile3PresentsTheCertificateSignedForTheStationsOwnCsr() throws Exception {
        PendingKeys.Request request = pendingKeys.create(KeyType.EC_P256, INSTALLER);
        Issued signed = CsrSigner.sign(request.signingRequest().pem(), stationCa);
        assertTrue(installation.upload(CertificateUse.CHARGE_POINT, TestFiles.pemChain(signed, stationCa), null, null,
                INSTALLER).accepted());

        TlsMaterial material = source.forProfile(3).orElseThrow();

        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, LoopbackTlsServer.chain(server, csmsCa), stationCa,
                null, null)) {
            handshake(material, tls.port());
            assertEquals("O=Example CPO,CN=SIM0000001", tls.lastClientSubject());
        }
    }

    /** Uses the PEM texts exactly as the WebSocket client gets them. */
    static void handshake(TlsMaterial material, int port) throws IOException, Exception {
        CertificateReader reader = new CertificateReader();
        CertificateMaterial client = material.clientChain().isEmpty() ? null : new CertificateMaterial(
                reader.readCertificates(TestFiles.ascii(material.clientChainPem())),
                reader.readPrivateKey(TestFiles.ascii(material.clientKeyPem()), null));
        StationTlsContext context = StationTlsContext.build(
                reader.readCertificates(TestFiles.ascii(material.trustAnchorsPem())), client);
        try (SSLSocket socket = context.connect("localhost", port, TIMEOUT)) {
            assertEquals(LoopbackTlsServer.GREETING, socket.getInputStream().read());
        }
    }

    static URI wss(int port) {
        return URI.create("wss://localhost:" + port + "/ocpp");
    }
}
