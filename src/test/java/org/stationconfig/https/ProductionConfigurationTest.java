package org.stationconfig.https;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged production configuration ({@code application-production.yml}, environment {@code production}) serves
 * the API over HTTPS only, and refuses a login over plain HTTP with a message naming the https:// address should the
 * plain listener be turned on again. Started as shipped: the test environment and its HTTP-only file are not active.
 */
class ProductionConfigurationTest {

    private static final String LOGIN = "{\"username\":\"owner\",\"password\":\"owner-password-1\"}";

    @TempDir
    Path dataDir;

    @Test
    void productionServesTheApiOverHttpsOnly() throws Exception {
        int http = freePort();
        int https = freePort();
        try (EmbeddedServer server = start(http, https, Map.of())) {
            String pin = Files.readString(dataDir.resolve(StationHttpsCertificate.FINGERPRINT_FILE)).strip();

            assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), http).close(),
                    "no plain HTTP listener");
            String answer = PinnedTls.post(PinnedTls.connect(pin, https), "/api/v1/auth/login", LOGIN);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("access_token"), answer);
        }
    }

    @Test
    void aLoginOverPlainHttpIsRefusedWithTheHttpsAddressEvenWhenThePlainListenerIsTurnedOnAgain() throws Exception {
        int http = freePort();
        int https = freePort();
        try (EmbeddedServer server = start(http, https, Map.of("micronaut.server.dual-protocol", true))) {
            String pin = Files.readString(dataDir.resolve(StationHttpsCertificate.FINGERPRINT_FILE)).strip();

            String answer;
            try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), http)) {
                plain.setSoTimeout(10_000);
                answer = PinnedTls.post(plain, "/api/v1/auth/login", LOGIN);
            }
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("over HTTPS only") && answer.contains("use https://localhost:" + https
                    + "/api/v1/auth/login"), answer);
            assertTrue(!answer.contains("access_token"), answer);

            String overHttps = PinnedTls.post(PinnedTls.connect(pin, https), "/api/v1/auth/login", LOGIN);
            assertTrue(overHttps.startsWith("HTTP/1.1 200"), overHttps);
        }
    }

    private EmbeddedServer start(int http, int https, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of("station.data-dir", dataDir.toString(),
                "micronaut.server.port", http, "micronaut.server.ssl.port", https,
                "station.provisioning.passwords.owner", "owner-password-1"));
        properties.putAll(extra);
        ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("production")
                .properties(properties).start();
        return context.getBean(EmbeddedServer.class).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
