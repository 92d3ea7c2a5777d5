package org.stationconfig.settings.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import org.stationconfig.auth.Api;

/** The settings API as the phone app uses it: real HTTP, real tokens, a real SQLite file. */
@MicronautTest(transactional = false)
class SettingsApiTest extends LoggedInApi {

    static final String KEY = "00010203040506070809AABBCCDDEEFF";

    private Api.Reply patch(String token, String body) {
        return api.call(HttpRequest.PATCH("/api/v1/settings", body).contentType(MediaType.APPLICATION_JSON_TYPE), token);
    }

    private Api.Reply get(String token) {
        return api.call(HttpRequest.GET("/api/v1/settings"), token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> setting(Api.Reply reply, String key) {
        return ((List<Map<String, Object>>) reply.json().get("settings")).stream()
                .filter(s -> s.get("key").equals(key)).findFirst().orElseThrow();
    }

    @Test
    void anInstallerCommissionsTheStationAndSeesEverythingEditable() {
        Api.Reply changed = patch(installer, """
                {"values": {"centralSystemUrl": "csms.example.com/ocpp/", "chargePointId": "CP-42",
                  "accessKey": "%s", "connectionCheckInterval": 30, "meterValueSampleInterval": 15,
                  "meterValuesSampledData": ["Energy.Active.Import.Register", "Current.Import.L1"]}}""".formatted(KEY));
        assertEquals(200, changed.status(), changed.body());
        assertFalse(changed.body().contains(KEY), "the access key is never returned");
        assertNotNull(changed.headers().get("ETag"));

        Api.Reply settings = get(installer);
        assertEquals("ws://csms.example.com/ocpp", setting(settings, "centralSystemUrl").get("value"));
        assertEquals(true, setting(settings, "centralSystemUrl").get("editable"));
        assertEquals("CentralSystemURI", setting(settings, "centralSystemUrl").get("ocppKey"));
        assertEquals("app", setting(settings, "centralSystemUrl").get("source"));
        Map<String, Object> key = setting(settings, "accessKey");
        assertEquals(true, key.get("isSet"));
        assertEquals("hex", key.get("format"));
        assertEquals(16, ((Number) key.get("byteLength")).intValue());
        assertFalse(key.containsKey("value"));
        assertFalse(settings.body().contains(KEY));
        assertEquals(List.of("Energy.Active.Import.Register", "Current.Import.L1"),
                setting(settings, "meterValuesSampledData").get("value"));
        assertEquals("s", setting(settings, "meterValueSampleInterval").get("unit"));
        assertEquals(Map.of("min", 0, "max", 86400), setting(settings, "meterValueSampleInterval").get("constraints"));
    }

    @Test
    void theOwnerSeesEverythingReadOnlyAndIsRefusedWithTheKeysNamed() {
        Map<String, Object> url = setting(get(owner), "centralSystemUrl");
        assertEquals(false, url.get("editable"));
        assertEquals("only INSTALLER or SERVICE may change this setting", url.get("reason"));

        Api.Reply refused = patch(owner, "{\"values\": {\"heartbeatInterval\": 100, \"reconnectInterval\": 5}}").assertProblem(403);
        assertEquals(List.of("heartbeatInterval", "reconnectInterval"), refused.json().get("keys"));
    }

    @Test
    void identityIsEditableForServiceOnly() {
        assertEquals(false, setting(get(installer), "chargePointVendor").get("editable"));
        patch(installer, "{\"values\": {\"chargePointVendor\": \"X\"}}").assertProblem(403);
        assertEquals(200, patch(service, "{\"values\": {\"chargePointVendor\": \"ACME\"}}").status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneBadValueRefusesAllWithOneErrorPerKey() {
        String before = get(installer).headers().get("ETag");
        Api.Reply refused = patch(installer, """
                {"values": {"heartbeatInterval": 120, "connectionCheckInterval": -1, "chargePointId": "has space",
                  "fallbackLimit": "ten", "nonsense": 1}}""").assertProblem(422);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.json().get("errors");
        assertEquals(List.of("nonsense"), errors.stream().map(e -> e.get("key")).toList(), "unknown keys first");
        refused = patch(installer, """
                {"values": {"heartbeatInterval": 120, "connectionCheckInterval": -1, "chargePointId": "has space",
                  "fallbackLimit": "ten"}}""").assertProblem(422);
        errors = (List<Map<String, Object>>) refused.json().get("errors");
        assertEquals(List.of("chargePointId", "connectionCheckInterval", "fallbackLimit"),
                errors.stream().map(e -> e.get("key")).toList());
        assertTrue(errors.get(1).get("message").toString().contains("between 0 and 3600"));
        assertEquals(before, get(installer).headers().get("ETag"), "nothing was stored");
    }

    @Test
    void aStaleIfMatchIsRefusedAndAFreshOneAccepted() {
        String etag = get(installer).headers().get("ETag");
        assertEquals(200, patch(installer, "{\"values\": {\"heartbeatInterval\": 200}}").status());
        api.call(HttpRequest.PATCH("/api/v1/settings", "{\"values\": {\"heartbeatInterval\": 250}}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).header("If-Match", etag), installer).assertProblem(412);
        String fresh = get(installer).headers().get("ETag");
        assertEquals(200, api.call(HttpRequest.PATCH("/api/v1/settings", "{\"values\": {\"heartbeatInterval\": 250}}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).header("If-Match", fresh), installer).status());
    }

    @Test
    void malformedRequestsGetAProblemAndChangeNothing() {
        String before = get(installer).headers().get("ETag");
        patch(installer, "{\"values\": {").assertProblem(400);
        patch(installer, "[1, 2]").assertProblem(400);
        patch(installer, "{\"values\": 5}").assertProblem(400);
        patch(installer, "{}").assertProblem(422);
        patch(installer, "{\"values\": {\"enabled\": {\"deep\": true}}}").assertProblem(422);
        patch(installer, "{\"values\": {\"protocol\": \"MQTT\"}}").assertProblem(422);
        patch(installer, "{\"values\": {\"centralSystemUrl\": \"http://csms.example.com\"}}").assertProblem(422);
        String huge = "{\"values\": {\"cpoName\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}}";
        assertTrue(patch(installer, huge).status() == 413);
        assertEquals(before, get(installer).headers().get("ETag"));
    }

    @Test
    void warningsExplainHowAValueWasRead() {
        Api.Reply reply = patch(installer, "{\"values\": {\"centralSystemUrl\": \"ws://h.example/ocpp/CP-W\", "
                + "\"chargePointId\": \"CP-W\", \"fallbackLimit\": 4}}");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.body().contains("appends it itself"), reply.body());
        assertTrue(reply.body().contains("acts as 0 A"), reply.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyChangeIsInTheAuditLogWithTheKeyMasked() {
        patch(installer, "{\"values\": {\"accessKey\": \"correct-horse-battery\", \"accessKeyFormat\": \"text\"}}");
        Api.Reply audit = api.call(HttpRequest.GET("/api/v1/audit?category=SETTING"), owner);
        assertEquals(200, audit.status(), audit.body());
        List<Map<String, Object>> items = (List<Map<String, Object>>) audit.json().get("items");
        Map<String, Object> entry = items.stream().filter(e -> "accessKey".equals(e.get("key"))).findFirst().orElseThrow();
        assertEquals("set (21 bytes, text)", entry.get("newValue"));
        assertEquals("installer", entry.get("principal"));
        assertEquals("APP", entry.get("source"));
        assertFalse(audit.body().contains("correct-horse-battery"));
    }

    @Test
    void serviceCanChangeTheMatrixAndTheOwnerThenEdits() {
        api.call(HttpRequest.PUT("/api/v1/permissions/freeVendIdTag", Map.of("writers", List.of("OWNER"))), installer)
                .assertProblem(403);
        assertEquals(200, api.call(HttpRequest.PUT("/api/v1/permissions/freeVendIdTag",
                Map.of("writers", List.of("OWNER", "SERVICE"))), service).status());
        assertEquals(true, setting(get(owner), "freeVendIdTag").get("editable"));
        assertEquals(200, patch(owner, "{\"values\": {\"freeVendIdTag\": \"HOME\"}}").status());
        api.call(HttpRequest.PUT("/api/v1/permissions/chargePointId", Map.of("writers", List.of("CSMS"))), service)
                .assertProblem(422);
    }

    @Test
    void theStatusSaysWhatIsMissing() {
        Api.Reply status = api.call(HttpRequest.GET("/api/v1/ocpp/status"), owner);
        assertEquals(200, status.status());
        assertEquals("DISABLED", status.json().get("state"));
        patch(installer, "{\"values\": {\"centralSystemUrl\": \"\", \"securityProfile\": 1, \"accessKey\": null, \"enabled\": true}}");
        status = api.call(HttpRequest.GET("/api/v1/ocpp/status"), owner);
        assertEquals("NOT_CONFIGURED", status.json().get("state"));
        assertEquals(List.of("centralSystemUrl", "accessKey"), status.json().get("missing"));
        assertEquals(Map.of("icon", "NONE", "color", "GRAY", "tooltip", "OCPP is not configured yet"), status.json().get("indicator"));
        assertNull(status.json().get("effectiveUrl"));
        patch(installer, "{\"values\": {\"enabled\": false, \"securityProfile\": 0}}");
    }
}
