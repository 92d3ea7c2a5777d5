package org.stationconfig.connection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.ocpp.csms.SilentPeer;
import org.stationconfig.status.ConnectionStatus;

/** One regression test per failure class the status reports (SPEC §4), each against a real peer on loopback. */
@MicronautTest(transactional = false)
class FailureClassesTest extends StationUnderTest {

    @Inject
    AuditLog audit;

    private boolean securityEvent(String type) {
        return audit.page(Category.SECURITY, 0, 200).getContent().stream().anyMatch(e -> e.event().equals(type));
    }

    @Test
    void refusedCredentialsAreHttp401AndASecurityEvent() {
        csms.refuseUpgradeWith = 401;
        commission("CP-401", Map.of("securityProfile", 1, "accessKey", "00112233445566778899AABBCCDDEEFF"));
        ConnectionStatus failed = awaitStatus(s -> s.lastError() != null && "HTTP_401".equals(s.lastError().code()));
        assertTrue(failed.lastError().hint().contains("access key"), failed.lastError().hint());
        await().atMost(WITHIN).until(() -> securityEvent("FailedToAuthenticateAtCentralSystem"));
    }

    @Test
    void forbiddenIsHttp403() {
        csms.refuseUpgradeWith = 403;
        commission("CP-403", Map.of());
        awaitStatus(s -> s.lastError() != null && "HTTP_403".equals(s.lastError().code()));
    }

    @Test
    void aServerThatIsNotOcppIsHttpOther() {
        csms.refuseUpgradeWith = 500;
        commission("CP-500", Map.of());
        ConnectionStatus failed = awaitStatus(s -> s.lastError() != null && "HTTP_OTHER".equals(s.lastError().code()));
        assertEquals(500, failed.lastError().httpStatus());
    }

    @Test
    void anUnansweredBootNotificationIsBootTimeout() {
        csms.answerCalls = false;
        commission("CP-SILENT-BOOT", Map.of("messageTimeout", 1));
        ConnectionStatus failed = awaitStatus(s -> s.lastError() != null && "BOOT_TIMEOUT".equals(s.lastError().code()));
        assertEquals(Registration.NONE, failed.registration());
        await().atMost(WITHIN).until(() -> csms.count("BootNotification") >= 2); // retried with back-off
    }

    @Test
    void aLinkThatStopsAnsweringPingsIsDeclaredDead() throws Exception {
        try (SilentPeer peer = new SilentPeer()) {
            // another endpoint: the stored access key is bound to its own, so this change clears it
            Map<String, Object> values = new java.util.HashMap<>(Map.of("centralSystemUrl", "ws://127.0.0.1:"
                    + peer.port() + "/ocpp", "chargePointId", "CP-PING", "securityProfile", 0, "connectionCheckInterval", 1,
                    "messageTimeout", 30, "reconnectInterval", 1, "reconnectMaxInterval", 2, "enabled", true));
            values.put("accessKey", null);
            change(values);
            ConnectionStatus dead = awaitStatus(s -> s.lastError() != null && "PING_TIMEOUT".equals(s.lastError().code()));
            assertTrue(dead.lastError().hint().contains("connectionCheckInterval"));
            await().atMost(WITHIN).until(() -> peer.connections() >= 2); // and it reconnects
        } finally {
            change(Map.of("connectionCheckInterval", 60));
        }
    }

    @Test
    void garbageFromTheCentralSystemIsAnsweredAndReportedNeverFatal() throws Exception {
        commission("CP-GARBAGE", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED);
        String notJson = csms.call("CP-GARBAGE", "Nonsense", "{}").get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(notJson.startsWith("[4,") && notJson.contains("NotImplemented"), notJson);
        csms.send("CP-GARBAGE", "this is not json");
        csms.send("CP-GARBAGE", "[2,\"only-an-id\"]");
        String badPayload = csms.call("CP-GARBAGE", "ChangeConfiguration", "{\"key\":5}").get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(badPayload.contains("TypeConstraintViolation") || badPayload.contains("OccurenceConstraintViolation"), badPayload);
        await().atMost(WITHIN).until(() -> securityEvent("InvalidMessages"));
        String still = csms.call("CP-GARBAGE", "GetConfiguration", "{\"key\":[\"HeartbeatInterval\"]}").get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(still.startsWith("[3,"), "the station keeps working: " + still);
    }
}
