package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/** Real handshakes on loopback against certificates made by Bouncy Castle in the test. */
class StationTlsContextTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final Issued csmsCa = TestPki.ca("CSMS Test CA").organisation("Central").build();
    private final Issued server = TestPki.leaf("localhost").issuedBy(csmsCa).dns("localhost").ip("127.0.0.1").build();
    private final Issued stationCa = TestPki.ca("CPO Station CA").organisation("Example CPO").build();
    private final Issued station = TestPki.leaf("CP-0001").organisation("Example CPO").issuedBy(stationCa).build();

    private static StationTlsContext profile2(Issued... roots) {
        return StationTlsContext.build(Arrays.stream(roots).map(Issued::certificate).toList(), null);
    }

    /** Handshake, then read the server's greeting (in TLS 1.3 a refused client certificate shows up there). */
    private static void exchange(StationTlsContext context, String host, int port) throws IOException {
        try (SSLSocket socket = context.connect(host, port, TIMEOUT)) {
            assertEquals(LoopbackTlsServer.GREETING, socket.getInputStream().read());
        }
    }

    private static TlsFailure failure(StationTlsContext context, String host, int port) {
        IOException failed = assertThrows(IOException.class, () -> exchange(context, host, port));
        return TlsFailureClassifier.classify(failed, context).orElseThrow(() -> new AssertionError("not TLS", failed));
    }

    @Test
    void acceptsServerIssuedByTheInstalledRootByNameAndByIp() throws Exception {
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, csmsCa)) {
            exchange(profile2(csmsCa), "localhost", tls.port());
            exchange(profile2(csmsCa), "127.0.0.1", tls.port());
        }
    }

    @Test
    void acceptsRsaServerOverTls12WithEcdheRsaGcm() throws Exception {
        Issued rsaServer = TestPki.leaf("localhost").key(TestPki.rsa(2048)).issuedBy(csmsCa).dns("localhost").build();
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(rsaServer, LoopbackTlsServer.chain(rsaServer), null,
                new String[] {"TLSv1.2"}, new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"})) {
            try (SSLSocket socket = profile2(csmsCa).connect("localhost", tls.port(), TIMEOUT)) {
                assertEquals("TLSv1.2", socket.getSession().getProtocol());
                assertEquals("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", socket.getSession().getCipherSuite());
            }
        }
    }

    @Test
    void refusesServerFromAForeignRoot() throws Exception {
        Issued foreign = TestPki.ca("Someone Else").build();
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, csmsCa)) {
            TlsFailure failure = failure(profile2(foreign), "localhost", tls.port());
            assertEquals(TlsFailureCode.TLS_UNTRUSTED, failure.code());
            assertEquals("CN=localhost", failure.server().orElseThrow().subject());
            assertEquals("O=Central,CN=CSMS Test CA", failure.server().orElseThrow().issuer());
            assertEquals("InvalidCentralSystemCertificate", failure.securityEvent());
        }
    }

    @Test
    void refusesExpiredServerCertificate() throws Exception {
        Issued expired = TestPki.leaf("localhost").issuedBy(csmsCa).dns("localhost").expired().build();
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(expired, csmsCa)) {
            TlsFailure failure = failure(profile2(csmsCa), "localhost", tls.port());
            assertEquals(TlsFailureCode.TLS_EXPIRED, failure.code());
            assertEquals(CertificateDescription.of(expired.certificate()).notAfter(), failure.server().orElseThrow().notAfter());
        }
    }

    @Test
    void refusesNotYetValidServerCertificate() throws Exception {
        Issued future = TestPki.leaf("localhost").issuedBy(csmsCa).dns("localhost").notYetValid().build();
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(future, csmsCa)) {
            assertEquals(TlsFailureCode.TLS_NOT_YET_VALID, failure(profile2(csmsCa), "localhost", tls.port()).code());
        }
    }

    @Test
    void refusesServerCertificateForAnotherHost() throws Exception {
        Issued elsewhere = TestPki.leaf("csms.example.com").issuedBy(csmsCa).dns("csms.example.com").build();
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(elsewhere, csmsCa)) {
            TlsFailure failure = failure(profile2(csmsCa), "localhost", tls.port());
            assertEquals(TlsFailureCode.TLS_HOSTNAME_MISMATCH, failure.code());
            assertEquals("CN=csms.example.com", failure.server().orElseThrow().subject());
            assertEquals(TlsFailureCode.TLS_HOSTNAME_MISMATCH, failure(profile2(csmsCa), "127.0.0.1", tls.port()).code());
        }
    }

    @Test
    void profile3PresentsTheStationCertificate() throws Exception {
        StationTlsContext context = StationTlsContext.build(List.of(csmsCa.certificate()), new CertificateMaterial(
                List.of(station.certificate(), stationCa.certificate()), station.keyPair().getPrivate()));
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, LoopbackTlsServer.chain(server, csmsCa), stationCa,
                null, null)) {
            exchange(context, "localhost", tls.port());
            assertEquals("O=Example CPO,CN=CP-0001", tls.lastClientSubject());
        }
    }

    @Test
    void serverRefusingTheStationCertificateIsClientCertRefused() throws Exception {
        Issued otherCa = TestPki.ca("Other CPO CA").build();
        Issued stranger = TestPki.leaf("CP-0001").issuedBy(otherCa).build();
        StationTlsContext context = StationTlsContext.build(List.of(csmsCa.certificate()),
                new CertificateMaterial(List.of(stranger.certificate()), stranger.keyPair().getPrivate()));
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, LoopbackTlsServer.chain(server, csmsCa), stationCa,
                null, null)) {
            assertEquals(TlsFailureCode.TLS_CLIENT_CERT_REFUSED, failure(context, "localhost", tls.port()).code());
            assertEquals(TlsFailureCode.TLS_CLIENT_CERT_REFUSED, failure(profile2(csmsCa), "localhost", tls.port()).code());
        }
    }

    @Test
    void refusesAServerOfferingOnlyCbc() throws Exception {
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, LoopbackTlsServer.chain(server, csmsCa), null,
                new String[] {"TLSv1.2"}, new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"})) {
            TlsFailure failure = failure(profile2(csmsCa), "localhost", tls.port());
            assertEquals(TlsFailureCode.TLS_PROTOCOL, failure.code());
            assertTrue(failure.server().isEmpty());
        }
    }

    @Test
    void offersOnlyTls12And13AndAeadSuitesWithHostnameVerification() {
        SSLParameters parameters = profile2(csmsCa).parameters();
        assertEquals(List.of("TLSv1.3", "TLSv1.2"), List.of(parameters.getProtocols()));
        assertEquals("HTTPS", parameters.getEndpointIdentificationAlgorithm());
        List<String> suites = List.of(parameters.getCipherSuites());
        assertTrue(suites.containsAll(List.of("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_AES_128_GCM_SHA256")), suites.toString());
        assertFalse(suites.stream().anyMatch(s -> s.matches(".*(CBC|RC4|3DES|DES|NULL|anon|EXPORT|MD5).*")), suites.toString());
    }

    @Test
    void needsAtLeastOneRoot() {
        assertThrows(IllegalArgumentException.class, () -> StationTlsContext.build(List.of(), null));
    }
}
