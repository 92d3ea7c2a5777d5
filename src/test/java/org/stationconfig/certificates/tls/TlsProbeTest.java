package org.stationconfig.certificates.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateDescription;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.LoopbackTlsServer;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.TlsFailure;
import org.stationconfig.certificates.TlsFailureCode;
import org.stationconfig.certificates.manage.CertificateInstallation;

/** The dialer's diagnosis after a failed wss handshake, against real TLS servers on loopback. */
@MicronautTest(transactional = false)
class TlsProbeTest extends TestDataDir {

    static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    TlsProbe probe;
    @Inject
    CertificateInstallation installation;

    final Issued csmsCa = TestPki.ca("CSMS CA").organisation("Central").build();
    final Issued stationCa = TestPki.ca("CPO Station CA").organisation("Example CPO").build();
    final Issued station = TestPki.leaf("SIM0000001").organisation("Example CPO").issuedBy(stationCa).build();

    @BeforeAll
    void install() {
        assertTrue(installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, csmsCa.pemBytes(), null, null, INSTALLER).accepted());
        assertTrue(installation.upload(CertificateUse.CHARGE_POINT, station.pemBytes(), station.keyPemBytes(), null,
                INSTALLER).accepted());
    }

    @Test
    void aServerFromTheInstalledRootPasses() throws Exception {
        Issued server = TestPki.leaf("localhost").issuedBy(csmsCa).dns("localhost").build();
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, csmsCa)) {
            assertTrue(probe.probe(ClientTlsTest.wss(tls.port()), 2, TIMEOUT).isEmpty());
        }
    }

    @Test
    void aServerFromAnotherCaIsUntrustedAndNamesItsIssuer() throws Exception {
        Issued otherCa = TestPki.ca("Other CSMS CA").organisation("Elsewhere").build();
        Issued server = TestPki.leaf("localhost").issuedBy(otherCa).dns("localhost").build();
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, otherCa)) {
            TlsFailure failure = probe.probe(ClientTlsTest.wss(tls.port()), 2, TIMEOUT).orElseThrow();
            assertEquals(TlsFailureCode.TLS_UNTRUSTED, failure.code());
            CertificateDescription seen = failure.server().orElseThrow();
            assertEquals("CN=localhost", seen.subject());
            assertEquals("O=Elsewhere,CN=Other CSMS CA", seen.issuer());
            assertEquals(CertificateDescription.of(server.certificate()).notAfter(), seen.notAfter());
            assertEquals("InvalidCentralSystemCertificate", failure.securityEvent());
        }
    }

    @Test
    void expiredNotYetValidAndWrongHostAreTold() throws Exception {
        assertEquals(TlsFailureCode.TLS_EXPIRED, failureFor(TestPki.leaf("localhost").issuedBy(csmsCa).dns("localhost")
                .expired().build()).code());
        assertEquals(TlsFailureCode.TLS_NOT_YET_VALID, failureFor(TestPki.leaf("localhost").issuedBy(csmsCa)
                .dns("localhost").notYetValid().build()).code());
        TlsFailure wrongHost = failureFor(TestPki.leaf("csms.example.com").issuedBy(csmsCa).dns("csms.example.com").build());
        assertEquals(TlsFailureCode.TLS_HOSTNAME_MISMATCH, wrongHost.code());
        assertEquals("CN=csms.example.com", wrongHost.server().orElseThrow().subject());
    }

    @Test
    void profile3WithTheStationCertificatePassesAndAForeignClientCaIsRefused() throws Exception {
        Issued server = TestPki.leaf("localhost").issuedBy(csmsCa).dns("localhost").build();
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, LoopbackTlsServer.chain(server, csmsCa), stationCa,
                null, null)) {
            assertTrue(probe.probe(ClientTlsTest.wss(tls.port()), 3, TIMEOUT).isEmpty());
            assertEquals("O=Example CPO,CN=SIM0000001", tls.lastClientSubject());
        }
        Issued otherStationCa = TestPki.ca("Another CPO CA").build();
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, LoopbackTlsServer.chain(server, csmsCa),
                otherStationCa, null, null)) {
            assertEquals(TlsFailureCode.TLS_CLIENT_CERT_REFUSED,
                    probe.probe(ClientTlsTest.wss(tls.port()), 3, TIMEOUT).orElseThrow().code());
        }
    }

    @Test
    void aServerWithOnlyLegacySuitesIsAProtocolFailure() throws Exception {
        Issued server = TestPki.leaf("localhost").issuedBy(csmsCa).dns("localhost").build();
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, LoopbackTlsServer.chain(server, csmsCa), null,
                new String[] {"TLSv1.2"}, new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"})) {
            assertEquals(TlsFailureCode.TLS_PROTOCOL, probe.probe(ClientTlsTest.wss(tls.port()), 2, TIMEOUT).orElseThrow().code());
        }
    }

    @Test
    void nothingListeningIsNotATlsFailure() throws Exception {
        int port;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        assertTrue(probe.probe(URI.create("wss://127.0.0.1:" + port), 2, TIMEOUT).isEmpty());
    }

    private TlsFailure failureFor(Issued server) throws Exception {
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, csmsCa)) {
            return probe.probe(ClientTlsTest.wss(tls.port()), 2, TIMEOUT).orElseThrow();
        }
    }
}
