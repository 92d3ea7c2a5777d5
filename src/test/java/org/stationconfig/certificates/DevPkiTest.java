package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files certs/make-dev-pki.sh writes pass the station's own checks and work for profile 3 on loopback. */
class DevPkiTest {

    private static final char[] PASSWORD = "station".toCharArray();
    private final CertificateIntake intake = new CertificateIntake();
    private final CertificateReader reader = new CertificateReader();

    @Test
    void writesFilesTheStationAcceptsAndThatConnect(@TempDir Path out) throws Exception {
        DevPki.write(out, "CP-0042", "Acme Charging, Ltd", "", PASSWORD, false);
        Instant now = Instant.now();
        ExpectedSubject expected = new ExpectedSubject("CP-0042", "Acme Charging, Ltd");

        Inspection root = intake.inspectUpload(CertificateUse.CENTRAL_SYSTEM_ROOT, bytes(out, "ca.pem"), null, null,
                ExpectedSubject.any(), now);
        Inspection pem = intake.inspectUpload(CertificateUse.CHARGE_POINT, bytes(out, "station.pem"),
                bytes(out, "station.key.pem"), null, expected, now);
        Inspection p12 = intake.inspectUpload(CertificateUse.CHARGE_POINT, bytes(out, "station.p12"), null, PASSWORD,
                expected, now);
        assertTrue(root.accepted(), root.verdict().toString());
        assertTrue(pem.accepted(), pem.verdict().toString());
        assertTrue(p12.accepted(), p12.verdict().toString());
        assertEquals(2, p12.material().certificates().size());
        List<X509Certificate> serverChain = reader.readCertificates(bytes(out, "csms-server.pem"));
        PrivateKey serverKey = reader.readPrivateKey(bytes(out, "csms-server.key.pem"), null);
        Issued server = new Issued(serverChain.get(0), new KeyPair(serverChain.get(0).getPublicKey(), serverKey));
        Issued ca = new Issued(root.material().first(), null);
        StationTlsContext station = StationTlsContext.build(root.material().certificates(), pem.material());
        try (LoopbackTlsServer tls = LoopbackTlsServer.start(server, serverChain.toArray(X509Certificate[]::new), ca,
                null, null);
             SSLSocket socket = station.connect("localhost", tls.port(), Duration.ofSeconds(5))) {
            assertEquals(LoopbackTlsServer.GREETING, socket.getInputStream().read());
            assertEquals("O=Acme Charging\\, Ltd,CN=CP-0042", tls.lastClientSubject());
        }
    }

    @Test
    void rsaVariant(@TempDir Path out) throws Exception {
        DevPki.write(out, "CP-RSA", "Dev CPO", "csms.lan", PASSWORD, true);
        Inspection p12 = intake.inspectUpload(CertificateUse.CHARGE_POINT, bytes(out, "station.p12"), null, PASSWORD,
                new ExpectedSubject("CP-RSA", "Dev CPO"), Instant.now());
        assertTrue(p12.accepted(), p12.verdict().toString());
        assertEquals("RSA", p12.descriptions().get(0).keyAlgorithm());
        assertTrue(reader.readCertificates(bytes(out, "csms-server.pem")).get(0).getSubjectAlternativeNames().stream()
                .anyMatch(name -> name.get(1).equals("csms.lan")));
    }

    private static byte[] bytes(Path directory, String name) throws java.io.IOException {
        return Files.readAllBytes(directory.resolve(name));
    }
}
