package org.stationconfig.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import org.stationconfig.auth.Api;

/**
 * Issue 14: a German installer gets German for every kind of refusal and hint the app shows, through the REST API
 * (one example each); an English request gets the English exactly as before.
 */
@MicronautTest(transactional = false)
class GermanProblemsApiTest extends LoggedInApi {

    private Api.Reply call(MutableHttpRequest<?> request, String token, String language) {
        return api.call(request.header("Accept-Language", language), token);
    }

    private Api.Reply patch(String language, String body) {
        return call(HttpRequest.PATCH("/api/v1/settings", body).contentType(MediaType.APPLICATION_JSON_TYPE),
                installer, language);
    }

    @SuppressWarnings("unchecked")
    private static String message(Api.Reply reply, String listName, String key) {
        return ((List<Map<String, Object>>) reply.json().get(listName)).stream().filter(e -> key.equals(e.get("key")))
                .map(e -> (String) e.get("message")).findFirst().orElseThrow(() -> new AssertionError(reply.body()));
    }

    @AfterEach
    void defaultsAgain() {
        patch("en", "{\"values\": {\"fallbackLimit\": null}}");
    }

    @Test
    void aRuleRefusalOfTheSettingsIsGermanAndTheEnglishUnchanged() {
        String body = "{\"values\": {\"centralSystemUrl\": \"ftp://csms.example.com/ocpp\"}}";
        Api.Reply german = patch("de-DE", body).assertProblem(422);
        assertEquals("muss mit ws:// oder wss:// beginnen (eine OCPP-J-Adresse), nicht mit ftp://",
                message(german, "errors", "centralSystemUrl"));
        Api.Reply english = patch("en", body).assertProblem(422);
        assertEquals("must start with ws:// or wss:// (an OCPP-J address), not ftp://",
                message(english, "errors", "centralSystemUrl"));
    }

    @Test
    void aWarningOfAnAcceptedChangeIsGerman() {
        Api.Reply german = patch("de", "{\"values\": {\"fallbackLimit\": 3}}");
        assertEquals(200, german.status(), german.body());
        assertEquals("3 A liegt unter den 6 A, die ein Fahrzeug braucht: ohne Verbindung gilt es als 0 A, es wird also "
                + "nicht geladen", message(german, "warnings", "fallbackLimit"));
    }

    @Test
    void aPasswordPolicyRefusalIsGerman() {
        Api.Reply german = call(HttpRequest.POST("/api/v1/users/me/password",
                Map.of("currentPassword", INSTALLER_PASSWORD, "newPassword", "kurz")), installer, "de").assertProblem(422);
        assertEquals("Ungültige Werte", german.json().get("title"));
        assertEquals("Das Passwort wurde nicht geändert.", german.detail());
        assertEquals("Das Passwort muss mindestens 10 Zeichen lang sein.", message(german, "errors", "newPassword"));
    }

    @Test
    void problemsOfTheAppsEndpointsAreGerman() {
        Api.Reply permission = call(HttpRequest.PUT("/api/v1/permissions/noSuchSetting", Map.of("writers", List.of())),
                service, "de").assertProblem(404);
        assertEquals("Unbekannte Einstellung", permission.json().get("title"));
        assertEquals("noSuchSetting ist keine Einstellung dieser Station.", permission.detail());

        Api.Reply impossible = call(HttpRequest.PUT("/api/v1/permissions/unlock-connector",
                Map.of("writers", List.of("OWNER", "CSMS"))), service, "de").assertProblem(422);
        assertEquals("Nicht möglich", impossible.json().get("title"));

        Api.Reply command = call(HttpRequest.POST("/api/v1/station/commands/make-coffee", Map.of()), installer, "de")
                .assertProblem(404);
        assertEquals("Unbekannter Befehl", command.json().get("title"));

        Api.Reply paging = call(HttpRequest.GET("/api/v1/outbox?size=0"), service, "de").assertProblem(400);
        assertEquals("page muss ≥ 0 sein und size zwischen 1 und 200 liegen.", paging.detail());

        Api.Reply certificate = call(HttpRequest.DELETE("/api/v1/certificates/987654"), installer, "de")
                .assertProblem(404);
        assertEquals("Es gibt kein installiertes Zertifikat mit dieser ID.", certificate.detail());
        assertEquals("There is no installed certificate with this id.",
                call(HttpRequest.DELETE("/api/v1/certificates/987654"), installer, "en").assertProblem(404).detail());
    }

    @Test
    void aStationCommandsOutcomeDetailIsGerman() {
        Api.Reply german = call(HttpRequest.POST("/api/v1/station/commands/stop-transaction", Map.of("connectorId", 1)),
                installer, "de");
        assertEquals(200, german.status(), german.body());
        assertEquals("Rejected", german.json().get("outcome"));
        assertEquals("auf Ladepunkt 1 läuft kein Ladevorgang", german.json().get("detail"));
        assertEquals("no transaction runs on connector 1", call(HttpRequest.POST(
                "/api/v1/station/commands/stop-transaction", Map.of("connectorId", 1)), installer, "en").json().get("detail"));
    }

    @Test
    void whatAConnectionTestStillNeedsIsGerman() {
        Api.Reply german = call(HttpRequest.POST("/api/v1/ocpp/connection-test", Map.of("values", Map.of())),
                installer, "de").assertProblem(422);
        assertEquals("wird für die Verbindung gebraucht", message(german, "errors", "centralSystemUrl"));
    }
}
