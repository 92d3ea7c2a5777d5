package org.stationconfig.https;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.server.netty.NettyEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;

/**
 * SPEC §7: the local API over HTTPS with a certificate the station makes on first start and keeps, its fingerprint in
 * the data directory for pinning, plain HTTP beside it until httpEnabled is switched off (at restart). Random ports.
 */
class StationHttpsTest {

    @TempDir
    Path dataDir;

    private EmbeddedServer start() {
        return ApplicationContext.run(EmbeddedServer.class, Map.of("station.data-dir", dataDir.toString(),
                "micronaut.server.ssl.enabled", true, "micronaut.server.ssl.port", -1,
                "micronaut.server.dual-protocol", true), "test");
    }

    @Test
    void theFirstStartMakesAPinnableCertificateAndServesBothProtocols() throws Exception {
        try (EmbeddedServer server = start()) {
            String fingerprint = Files.readString(dataDir.resolve(StationHttpsCertificate.FINGERPRINT_FILE)).strip();
            assertTrue(fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), fingerprint);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dataDir.resolve(StationHttpsCertificate.KEY_FILE))));

            Set<Integer> ports = ((NettyEmbeddedServer) server).getBoundPorts();
            assertEquals(2, ports.size(), ports.toString());
            List<String> seen = new ArrayList<>();
            for (int port : ports) {
                seen.add(isHttps(port, fingerprint) ? "https " + statusOverHttps(port, fingerprint) : "http " + statusOverHttp(port));
            }
            assertEquals(Set.of("https 200", "http 200"), Set.copyOf(seen));
        }
    }

    @Test
    void theCertificateSurvivesARestartAndHttpCanBeSwitchedOff() throws Exception {
        String first;
        try (EmbeddedServer server = start()) {
            first = Files.readString(dataDir.resolve(StationHttpsCertificate.FINGERPRINT_FILE)).strip();
            server.getApplicationContext().getBean(SettingChanges.class).apply(ChangeRequest.fromApp(
                    Actor.app("service", Role.SERVICE), Map.of("httpEnabled", false), null));
        }
        try (EmbeddedServer server = start()) {
            assertEquals(first, Files.readString(dataDir.resolve(StationHttpsCertificate.FINGERPRINT_FILE)).strip());
            Set<Integer> ports = ((NettyEmbeddedServer) server).getBoundPorts();
            assertEquals(1, ports.size(), "HTTPS only: " + ports);
            int port = ports.iterator().next();
            assertTrue(isHttps(port, first));
            assertEquals(200, statusOverHttps(port, first));
        }
    }

    private static boolean isHttps(int port, String pin) {
        try (SSLSocket socket = PinnedTls.connect(pin, port)) {
            socket.startHandshake();
            return true;
        } catch (IOException notTls) {
            return false;
        }
    }

    private static int statusOverHttps(int port, String pin) throws Exception {
        try (SSLSocket socket = PinnedTls.connect(pin, port)) {
            return health(socket);
        }
    }

    private static int statusOverHttp(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return health(socket);
        }
    }

    private static int health(Socket socket) throws IOException {
        socket.setSoTimeout(5000);
        OutputStream out = socket.getOutputStream();
        out.write("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII); // "HTTP/1.1 200"
        return Integer.parseInt(statusLine.substring(9, 12));
    }
}
