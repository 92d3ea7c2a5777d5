package org.stationconfig.connection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.stationconfig.status.ConnectionStatus;

/**
 * A dial always ends. A throw while the station builds or starts a dial used to leave it marked "in flight" for good,
 * so every later attempt returned at once and the station stayed offline until restarted; a server that accepts TCP
 * but never answers the WebSocket upgrade kept the dial pending for ever. Both are now failed attempts, retried.
 */
@MicronautTest(transactional = false)
class DialAlwaysEndsTest extends StationUnderTest {

    @Inject
    BrokenDialer dialer;
    @Inject
    ConnectionTester tester;
    @Inject
    org.stationconfig.audit.AuditLog auditLog;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("test.broken-dialer", "true", "station.ocpp.dial-timeout", "2s");
    }

    @Test
    void aThrowWhileDiallingIsAFailedAttemptAndTheStationDialsAgain() {
        dialer.throwsLeft.set(1);
        commission("CP-THROW", Map.of());
        ConnectionStatus connected = awaitStatus(s -> s.state() == ConnectionState.CONNECTED
                && s.registration() == Registration.ACCEPTED);
        assertEquals(0, dialer.throwsLeft.get(), "the broken dial was made");
        assertTrue(csms.connected("CP-THROW"), connected.toString());
    }

    @Test
    void aServerThatNeverAnswersTheUpgradeIsGivenUpWithinTheBoundAndDialledAgain() throws IOException {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // TCP accepted, the upgrade request never answered
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "silent-upgrade");
            acceptor.setDaemon(true);
            acceptor.start();
            commission("CP-SILENT", Map.of("centralSystemUrl", "ws://127.0.0.1:" + silent.getLocalPort() + "/ocpp"));
            await().atMost(Duration.ofSeconds(15)).until(status::current,
                    s -> s.lastError() != null && "UPGRADE_TIMEOUT".equals(s.lastError().code()));
            await().atMost(Duration.ofSeconds(15)).until(() -> held.size() >= 2); // it dials again later
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aConnectionTestThatCannotDialIsAFailedTestAndAuditedNotAnError() {
        dialer.throwsLeft.set(1);
        ConnectionTestResult result = tester.test(org.stationconfig.settings.ChangeRequest.fromApp(INSTALLER,
                Map.of("centralSystemUrl", csmsUrl(), "chargePointId", "CP-TESTED"), null));
        assertEquals(false, result.ok());
        assertEquals("STATION_ERROR", result.error().code(), result.toString());
        String audited = auditLog.page(org.stationconfig.audit.Category.CONNECTION, 0, 10).getContent().stream()
                .filter(entry -> entry.event().equals("CONNECTION_TEST")).findFirst().orElseThrow().message();
        assertTrue(audited.contains(csmsUrl() + "/CP-TESTED") && audited.contains("STATION_ERROR"), audited);
    }
}
