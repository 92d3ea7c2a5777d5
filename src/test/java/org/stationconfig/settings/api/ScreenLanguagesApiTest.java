package org.stationconfig.settings.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import org.stationconfig.auth.Api;
import org.stationconfig.i18n.Bundle;

/** Issue 14: the app draws the OCPP screen from the API, in the installer's language (Accept-Language). */
@MicronautTest(transactional = false)
class ScreenLanguagesApiTest extends LoggedInApi {

    private Api.Reply get(String path, String token, String language) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return api.call(request, token);
    }

    private Api.Reply patch(String token, String language, String body) {
        return api.call(HttpRequest.PATCH("/api/v1/settings", body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Accept-Language", language), token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> setting(Api.Reply reply, String key) {
        return ((List<Map<String, Object>>) reply.json().get("settings")).stream()
                .filter(s -> s.get("key").equals(key)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sections(Api.Reply reply) {
        return (List<Map<String, Object>>) reply.json().get("sections");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(Api.Reply reply) {
        Map<String, String> byKey = new java.util.TreeMap<>();
        ((List<Map<String, Object>>) reply.json().get("errors")).forEach(e -> byKey.put((String) e.get("key"), (String) e.get("message")));
        return byKey;
    }

    @AfterEach
    void ocppOffAgain() {
        patch(installer, "en", "{\"values\": {\"enabled\": false, \"centralSystemUrl\": \"\"}}");
    }

    @Test
    void anAustrianInstallerGetsGermanLabelsSectionTitlesAndReasons() {
        Api.Reply page = get("/api/v1/settings", owner, "de-AT, en;q=0.5");
        assertEquals(200, page.status(), page.body());
        assertEquals("de", page.headers().get("Content-Language"));
        assertEquals("Ladepunkt-ID", setting(page, "chargePointId").get("label"));
        assertEquals("Adresse des Zentralsystems", setting(page, "centralSystemUrl").get("label"));
        assertEquals("Sicherheitsprofil", setting(page, "securityProfile").get("label"));
        assertEquals("Zugangsschlüssel", setting(page, "accessKey").get("label"));
        assertEquals("Allgemein", setting(page, "chargePointId").get("sectionTitle"));
        assertEquals("Verbindungsüberwachung, Wiederverbindung und Rückfallebene",
                setting(page, "reconnectInterval").get("sectionTitle"));
        assertEquals("Ladevorgänge", setting(page, "stopTransactionOnInvalidId").get("groupLabel"));
        assertEquals("nur INSTALLER oder SERVICE darf diese Einstellung ändern", setting(page, "centralSystemUrl").get("reason"));
        assertTrue(((String) setting(page, "securityProfile").get("help")).startsWith("0 = keine Authentifizierung"));
        assertEquals(List.of("Allgemein", "Authentifizierung und Verschlüsselung",
                        "Verbindungsüberwachung, Wiederverbindung und Rückfallebene", "Datenübertragung", "Messdaten"),
                sections(page).stream().filter(s -> s.get("screen").equals("ocpp16json")).map(s -> s.get("title")).toList());
        assertEquals("Verbindungsstatus", lineOf(page, "ocpp.general", "CONNECTION_STATUS").get("label"));
    }

    @Test
    void aLanguageTheStationDoesNotSpeakGetsEnglish() {
        for (String language : new String[] {"fr", "fr-CH, it;q=0.8", null}) {
            Api.Reply page = get("/api/v1/settings", owner, language);
            assertEquals("en", page.headers().get("Content-Language"), language);
            assertEquals("Charge point id", setting(page, "chargePointId").get("label"));
            assertEquals("General", setting(page, "chargePointId").get("sectionTitle"));
            assertEquals("only INSTALLER or SERVICE may change this setting", setting(page, "centralSystemUrl").get("reason"));
        }
    }

    @Test
    void eachSettingSaysItsSectionAndPositionAndTheSectionsComeInTheScreensOrder() {
        Api.Reply page = get("/api/v1/settings", installer, "en");
        assertEquals(Map.of("section", "ocpp.general", "screen", "ocpp16json", "position", 4),
                Map.of("section", setting(page, "centralSystemUrl").get("section"), "screen",
                        setting(page, "centralSystemUrl").get("screen"), "position", setting(page, "centralSystemUrl").get("position")));
        assertEquals("ocpp.metering", setting(page, "meterValuesSampledData").get("section"));
        assertEquals("transactions", setting(page, "stopTransactionOnInvalidId").get("screen"));
        assertEquals(List.of("ocpp.general", "ocpp.authentication", "ocpp.connection", "ocpp.transmitting", "ocpp.metering"),
                sections(page).stream().limit(5).map(s -> s.get("id")).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), sections(page).stream().limit(5).map(s -> s.get("position")).toList());
        Map<String, Object> status = lineOf(page, "ocpp.general", "CONNECTION_STATUS");
        assertEquals(3, status.get("position"));
        assertEquals("/api/v1/ocpp/status", status.get("href"));
        assertEquals(4, lineOf(page, "ocpp.authentication", "CERTIFICATES").get("position"));
        Api.Reply changed = patch(installer, "en", "{\"values\": {\"heartbeatInterval\": 120}}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("ocpp", setting(changed, "heartbeatInterval").get("section"));
        assertEquals(5, sections(changed).stream().filter(s -> s.get("screen").equals("ocpp16json")).count());
    }

    @Test
    void aRefusedChangeIsExplainedInGerman() {
        Api.Reply invalid = patch(installer, "de", """
                {"values": {"heartbeatInterval": 100000, "enabled": "ja", "chargePointId": ""}}""").assertProblem(422);
        assertEquals("de", invalid.headers().get("Content-Language"));
        assertEquals("Ungültige Werte", invalid.json().get("title"));
        assertEquals("Einige Werte wurden abgelehnt; es wurde nichts geändert.", invalid.detail());
        assertEquals(Map.of("heartbeatInterval", "muss zwischen 0 und 86400 liegen, nicht 100000",
                "enabled", "muss true oder false sein, nicht ein Text",
                "chargePointId", "darf nicht leer sein"), errors(invalid));

        Api.Reply english = patch(installer, "en", "{\"values\": {\"heartbeatInterval\": 100000}}").assertProblem(422);
        assertEquals(Map.of("heartbeatInterval", "must be between 0 and 86400, not 100000"), errors(english));

        Api.Reply forbidden = patch(owner, "de", "{\"values\": {\"reconnectInterval\": 5}}").assertProblem(403);
        assertEquals("Nicht erlaubt", forbidden.json().get("title"));
        assertEquals(Map.of("reconnectInterval", "nur INSTALLER oder SERVICE darf diese Einstellung ändern"), errors(forbidden));

        Api.Reply unknown = patch(installer, "de", "{\"values\": {\"colour\": 5}}").assertProblem(422);
        assertEquals(Map.of("colour", "ist keine Einstellung dieser Station"), errors(unknown));
    }

    @Test
    void aStaleIfMatchAndAFailedLoginAreAnsweredInGerman() {
        Api.Reply stale = api.call(HttpRequest.PATCH("/api/v1/settings", "{\"values\": {\"heartbeatInterval\": 90}}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).header("If-Match", "\"0\"")
                .header("Accept-Language", "de"), installer).assertProblem(412);
        assertEquals("Einstellungen wurden inzwischen geändert", stale.json().get("title"));

        Api.Reply login = api.call(HttpRequest.POST("/api/v1/auth/login", Map.of("username", "installer", "password", "wrong"))
                .header("Accept-Language", "de"));
        login.assertProblem(401);
        assertEquals("Anmeldung fehlgeschlagen", login.json().get("title"));
        assertEquals("Falscher Benutzername oder falsches Passwort.", login.detail());
        assertEquals("de", login.headers().get("Content-Language"));

        Api.Reply anonymous = api.call(HttpRequest.GET("/api/v1/settings").header("Accept-Language", "de")).assertProblem(401);
        assertEquals("Melden Sie sich zuerst an: senden Sie ein Bearer-Token von POST /api/v1/auth/login.", anonymous.detail());
        Api.Reply notHerRole = api.call(HttpRequest.PUT("/api/v1/permissions/heartbeatInterval",
                Map.of("writers", List.of("OWNER"))).header("Accept-Language", "de"), owner).assertProblem(403);
        assertEquals("Nicht erlaubt", notHerRole.json().get("title"));
        assertTrue(notHerRole.detail().startsWith("Die Rolle OWNER darf PUT /api/v1/permissions/"), notHerRole.detail());

        Api.Reply unreadable = patch(installer, "de", "{\"values\": ").assertProblem(400);
        assertEquals("Die Anfrage konnte nicht gelesen werden: der Inhalt muss JSON in der dokumentierten Form sein.",
                unreadable.detail());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConnectionStatusHintAndIndicatorAreInGerman() {
        Api.Reply disabled = get("/api/v1/ocpp/status", owner, "de");
        assertEquals("OCPP ist ausgeschaltet", ((Map<String, Object>) disabled.json().get("indicator")).get("tooltip"));

        Api.Reply enabled = patch(installer, "en", """
                {"values": {"centralSystemUrl": "ws://127.0.0.1:1/ocpp", "chargePointId": "CP-DE", "enabled": true}}""");
        assertEquals(200, enabled.status(), enabled.body());
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/ocpp/status", owner, "de").json().get("lastError") != null);

        Map<String, Object> german = (Map<String, Object>) get("/api/v1/ocpp/status", owner, "de").json().get("lastError");
        Map<String, Object> english = (Map<String, Object>) get("/api/v1/ocpp/status", owner, "en").json().get("lastError");
        assertEquals("TCP_REFUSED", german.get("code"));
        assertEquals(Bundle.text(Locale.GERMAN, "status.hint.TCP_REFUSED"), german.get("hint"));
        assertTrue(((String) german.get("hint")).startsWith("An dieser Adresse und diesem Port nimmt niemand"));
        assertEquals(Bundle.text(Locale.ENGLISH, "status.hint.TCP_REFUSED"), english.get("hint"));
        assertNotEquals(german.get("hint"), english.get("hint"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lineOf(Api.Reply page, String section, String kind) {
        return sections(page).stream().filter(s -> s.get("id").equals(section))
                .flatMap(s -> ((List<Map<String, Object>>) s.get("items")).stream())
                .filter(line -> line.get("kind").equals(kind)).findFirst().orElseThrow();
    }
}
