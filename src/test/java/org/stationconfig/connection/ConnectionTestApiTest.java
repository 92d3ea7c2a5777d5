package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;

/** POST /api/v1/ocpp/connection-test: candidate settings tried up to the upgrade, nothing stored, no OCPP frame. */
@MicronautTest(transactional = false)
class ConnectionTestApiTest extends StationUnderTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    Api api;
    String installer;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("station.provisioning.passwords.installer", "installer-password-1",
                "station.provisioning.passwords.owner", "owner-password-1");
    }

    @BeforeAll
    void logIn() {
        api = new Api(client, json);
        installer = api.token("installer", "installer-password-1");
    }

    private Api.Reply test(Map<String, Object> values, String token) {
        return api.call(HttpRequest.POST("/api/v1/ocpp/connection-test", Map.of("values", values)), token);
    }

    @Test
    @SuppressWarnings("unchecked")
    void goodCandidateSettingsPassEveryStageWithoutBeingStoredOrSendingOcpp() {
        Api.Reply reply = test(Map.of("centralSystemUrl", csmsUrl() + "/CP-T", "chargePointId", "CP-T"), installer);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(true, reply.json().get("ok"));
        assertEquals("ws://127.0.0.1:" + server.getPort() + "/csms/CP-T", reply.json().get("effectiveUrl"));
        List<Map<String, Object>> stages = (List<Map<String, Object>>) reply.json().get("stages");
        assertEquals(List.of("DNS", "TCP", "HTTP", "SUBPROTOCOL"), stages.stream().map(s -> s.get("stage")).toList());
        assertTrue(reply.body().contains("appends it itself"), "the URL warning comes back too");
        assertEquals("", settings.current().value("centralSystemUrl"), "nothing stored");
        assertEquals(1, csms.connections.get());
        assertTrue(csms.received.isEmpty(), "no OCPP frame was sent");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnknownIdStopsAtTheUpgradeWithTheDiagnosis() {
        csms.knownIds = List.of("SOMEONE");
        Api.Reply reply = test(Map.of("centralSystemUrl", csmsUrl(), "chargePointId", "CP-X"), installer);
        assertEquals(false, reply.json().get("ok"));
        List<Map<String, Object>> stages = (List<Map<String, Object>>) reply.json().get("stages");
        assertEquals(List.of(true, true, false), stages.stream().map(s -> s.get("ok")).toList());
        assertEquals("HTTP", stages.get(2).get("stage"));
        assertEquals("HTTP_404", ((Map<String, Object>) reply.json().get("error")).get("code"));
    }

    @Test
    void nothingListeningStopsAtTcp() {
        Api.Reply reply = test(Map.of("centralSystemUrl", "ws://127.0.0.1:1/ocpp", "chargePointId", "CP-Y"), installer);
        assertEquals(false, reply.json().get("ok"));
        assertTrue(reply.body().contains("TCP_REFUSED"), reply.body());
    }

    @Test
    void invalidOrIncompleteCandidatesAreRefusedLikeAChange() {
        test(Map.of("centralSystemUrl", "http://x"), installer).assertProblem(422);
        Api.Reply missing = test(Map.of("centralSystemUrl", csmsUrl(), "securityProfile", 1), installer).assertProblem(422);
        assertTrue(missing.body().contains("accessKey"), missing.body());
        String owner = api.token("owner", "owner-password-1");
        test(Map.of("centralSystemUrl", csmsUrl()), owner).assertProblem(403);
    }
}
