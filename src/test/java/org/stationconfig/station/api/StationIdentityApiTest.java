package org.stationconfig.station.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;
import org.stationconfig.station.StationScenario;

/**
 * Identity and readings in {@code GET /api/v1/station}: the station's name and comment (app settings, bounded, no
 * control characters, not over OCPP), the last tag presented at any connector with its result, and each connector's
 * energy register also while idle.
 */
@MicronautTest(transactional = false)
class StationIdentityApiTest extends StationScenario {

    private Api.Reply patch(String token, Map<String, Object> values) {
        return api.call(HttpRequest.PATCH("/api/v1/settings", Map.of("values", values)), token);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> chargePoint() {
        return (Map<String, Object>) station().get("chargePoint");
    }

    @Test
    void theOwnerNamesTheStationAndDocumentsItsInterface() {
        resetAfterwards("stationName", "stationComment");
        assertNull(chargePoint().get("name"), "none given");
        String owner = api.token("owner", "owner-password-1");
        String comment = "Modbus TCP 192.168.1.20:502, unit 1\nLoad management: Zähler im Keller ⚡";
        Api.Reply named = patch(owner, Map.of("stationName", "  Garage links  ", "stationComment", comment));
        assertEquals(200, named.status(), named.body());
        assertEquals("Garage links", chargePoint().get("name"), "surrounding spaces dropped");
        assertEquals(comment, chargePoint().get("comment"));
        assertEquals(200, patch(api.token("installer", "installer-password-1"),
                Map.of("stationName", "Carport")).status());
        assertEquals("Carport", chargePoint().get("name"));
    }

    @Test
    void aNameOrCommentTooLongOrWithControlCharactersIsRefusedAndNothingChanges() {
        resetAfterwards("stationName", "stationComment");
        String owner = api.token("owner", "owner-password-1");
        assertRefused(patch(owner, Map.of("stationName", "x".repeat(65))), "stationName", "at most 64");
        assertRefused(patch(owner, Map.of("stationName", "two\nlines")), "stationName", "control characters");
        assertRefused(patch(owner, Map.of("stationComment", "bell\u0007")), "stationComment", "control characters");
        assertRefused(patch(owner, Map.of("stationComment", "y".repeat(1001))), "stationComment", "at most 1000");
        Map<String, Object> both = new HashMap<>(Map.of("stationName", "Fine", "stationComment", "\u0000"));
        assertRefused(patch(owner, both), "stationComment", "control characters");
        assertNull(chargePoint().get("name"), "a refused change changes nothing, the valid part neither");
        assertEquals(200, patch(owner, Map.of("stationName", "\u26a1".repeat(64))).status(),
                "64 characters, counted as characters");
    }

    @Test
    void theNameIsNotAConfigurationKeyOverOcpp() {
        resetAfterwards("stationName");
        commission("CP-IDENT-1", Map.of());
        assertEquals("NotSupported", callStation("CP-IDENT-1", "ChangeConfiguration",
                "{\"key\": \"stationName\", \"value\": \"Hacked\"}").get("status").getStringValue());
        assertEquals("stationName", callStation("CP-IDENT-1", "GetConfiguration", "{\"key\": [\"stationName\"]}")
                .get("unknownKey").get(0).getStringValue());
        assertNull(chargePoint().get("name"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLastPresentedTagOfTheWholeStationShowsWhatBecameOfIt() {
        set(Map.of("authorizationMode", "ANY_TAG"));
        plug(2);
        tag(2, "TAG-TWO");
        awaitConnector(2, c -> charging(2));
        Map<String, Object> last = (Map<String, Object>) chargePoint().get("lastPresentedTag");
        assertEquals("TAG-TWO", last.get("idTag"));
        assertEquals(2, ((Number) last.get("connectorId")).intValue());
        assertEquals("Accepted", last.get("result"));

        set(Map.of("authorizationMode", "LOCAL_LIST"));
        tag(1, "TAG-UNKNOWN");
        last = await(() -> (Map<String, Object>) chargePoint().get("lastPresentedTag"), "Invalid");
        assertEquals("TAG-UNKNOWN", last.get("idTag"));
        assertEquals(1, ((Number) last.get("connectorId")).intValue());

        tag(2, "TAG-TWO");
        last = await(() -> (Map<String, Object>) chargePoint().get("lastPresentedTag"), "StoppedTransaction");
        assertEquals(2, ((Number) last.get("connectorId")).intValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEnergyRegisterIsShownAlsoWhileIdle() {
        set(Map.of("authorizationMode", "ANY_TAG"));
        Number idle = (Number) connector(1).get("energyRegisterWh");
        assertTrue(idle.longValue() >= 0, "a reading before any transaction");
        assertNull(connector(1).get("transaction"));
        plug(1);
        tag(1, "TAG-METER");
        awaitConnector(1, c -> charging(1));
        awaitConnector(1, c -> ((Number) c.get("energyRegisterWh")).longValue() > idle.longValue());
        tag(1, "TAG-METER");
        awaitConnector(1, c -> !charging(1));
        Map<String, Object> stopped = connector(1);
        assertEquals(((Number) ((Map<String, Object>) stopped.get("transaction")).get("meterStopWh")).longValue(),
                ((Number) stopped.get("energyRegisterWh")).longValue(), "idle, the register stays at the meter stop");
    }

    private static Map<String, Object> await(java.util.concurrent.Callable<Map<String, Object>> last, String result) {
        return org.awaitility.Awaitility.await().atMost(WITHIN).until(last, t -> t != null && result.equals(t.get("result")));
    }

    @SuppressWarnings("unchecked")
    private static void assertRefused(Api.Reply reply, String key, String words) {
        reply.assertProblem(422);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.json().get("errors");
        assertEquals(key, errors.get(0).get("key"), reply.body());
        assertTrue(String.valueOf(errors.get(0).get("message")).contains(words), reply.body());
    }
}
