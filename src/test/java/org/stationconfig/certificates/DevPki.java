package org.stationconfig.certificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * Development PKI for trying security profiles 2 and 3 locally (run by certs/make-dev-pki.sh):
 * one CA, a central-system server certificate for localhost/127.0.0.1, a station client certificate
 * (CN = serial number, O = CPO name) as PEM and PKCS#12. Never for production use.
 */
public final class DevPki {

    private DevPki() {
    }

    /** Settings come from system properties so values with spaces survive the Maven command line. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(System.getProperty("devpki.out", "certs/out"));
        String serial = System.getProperty("devpki.serial", "CP-DEV-0001");
        String cpoName = System.getProperty("devpki.cpo", "Dev CPO");
        String host = System.getProperty("devpki.host", "");
        char[] password = System.getProperty("devpki.password", "station").toCharArray();
        boolean rsa = "rsa".equalsIgnoreCase(System.getProperty("devpki.key", "ec"));
        write(out, serial, cpoName, host, password, rsa);
    }

    static void write(Path out, String serial, String cpoName, String host, char[] password, boolean rsa)
            throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        Issued ca = TestPki.ca("Station Config Dev CA").organisation(cpoName).key(key(rsa))
                .validity(now, now.plus(Duration.ofDays(3650))).build();
        TestPki.Builder serverBuilder = TestPki.leaf("localhost").key(key(rsa)).issuedBy(ca)
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth).dns("localhost").ip("127.0.0.1")
                .validity(now, now.plus(Duration.ofDays(825)));
        if (!host.isBlank()) {
            if (host.matches("[0-9.]+|.*:.*")) {
                serverBuilder.ip(host);
            } else {
                serverBuilder.dns(host);
            }
        }
        Issued server = serverBuilder.build();
        Issued station = TestPki.leaf(serial).organisation(cpoName).key(key(rsa)).issuedBy(ca)
                .extendedKeyUsage(KeyPurposeId.id_kp_clientAuth).validity(now, now.plus(Duration.ofDays(825))).build();

        Files.createDirectories(out);
        text(out.resolve("ca.pem"), ca.pem());
        text(out.resolve("ca.key.pem"), ca.keyPem());
        text(out.resolve("csms-server.pem"), PemEncoding.certificates(List.of(server.certificate(), ca.certificate())));
        text(out.resolve("csms-server.key.pem"), server.keyPem());
        text(out.resolve("station.pem"), station.pem());
        text(out.resolve("station.key.pem"), station.keyPem());
        Files.write(out.resolve("station.p12"), TestFiles.pkcs12(station, password, ca));
        System.out.println("Development PKI written to " + out.toAbsolutePath() + " (station CN=" + serial
                + ", O=" + cpoName + ", PKCS#12 password '" + new String(password) + "')");
    }

    private static KeyPair key(boolean rsa) {
        return rsa ? KeyType.RSA_2048.generate() : KeyType.EC_P256.generate();
    }

    private static void text(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }
}
