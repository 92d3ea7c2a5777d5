package org.stationconfig.station.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import org.stationconfig.auth.Api;

/**
 * Issue 14: the local id tags, their learn mode and the transactions list refuse in the request's language (one
 * example per endpoint family); an English request gets the English word for word as before.
 */
@MicronautTest(transactional = false)
class LocalTagsLanguageTest extends LoggedInApi {

    @Inject
    LocalTagRepository repository;

    @AfterEach
    void forgetTheTags() {
        repository.deleteAll();
    }

    private Api.Reply call(MutableHttpRequest<?> request, String language) {
        return api.call(request.header("Accept-Language", language), owner);
    }

    @SuppressWarnings("unchecked")
    private static String fieldMessage(Api.Reply reply, String key) {
        return ((List<Map<String, Object>>) reply.json().get("errors")).stream().filter(e -> key.equals(e.get("key")))
                .map(e -> (String) e.get("message")).findFirst().orElseThrow(() -> new AssertionError(reply.body()));
    }

    @Test
    void aFieldErrorOfANewTagIsGermanAndTheEnglishUnchanged() {
        Map<String, Object> body = Map.of("idTag", "A".repeat(21), "name", "Anna");
        Api.Reply german = call(HttpRequest.POST("/api/v1/local-tags", body), "de-DE").assertProblem(422);
        assertEquals("Ungültige Werte", german.json().get("title"));
        assertEquals("Es wurde kein Ausweis hinzugefügt.", german.detail());
        assertEquals("Ein Ausweis (id tag) besteht aus 1 bis 20 druckbaren ASCII-Zeichen (OCPP idToken, CiString20).",
                fieldMessage(german, "idTag"));

        Api.Reply english = call(HttpRequest.POST("/api/v1/local-tags", body), "en").assertProblem(422);
        assertEquals("No tag was added.", english.detail());
        assertEquals("An id tag is 1 to 20 printable ASCII characters (OCPP idToken, CiString20).",
                fieldMessage(english, "idTag"));
    }

    @Test
    void aDuplicateTagIsRefusedInGerman() {
        assertEquals(201, call(HttpRequest.POST("/api/v1/local-tags", Map.of("idTag", "FOB-1", "name", "Anna")), "de")
                .status());
        Api.Reply german = call(HttpRequest.POST("/api/v1/local-tags", Map.of("idTag", "fob-1", "name", "Ben")), "de")
                .assertProblem(409);
        assertEquals("Ausweis bereits bekannt", german.json().get("title"));
        assertEquals("Dieser Ausweis ist bereits ein lokaler Ausweis (Groß- und Kleinschreibung spielt keine Rolle). "
                + "Bitte diesen bearbeiten.", german.detail());

        Api.Reply english = call(HttpRequest.POST("/api/v1/local-tags", Map.of("idTag", "fob-1", "name", "Ben")), "en")
                .assertProblem(409);
        assertEquals("Tag already known", english.json().get("title"));
        assertEquals("This id tag is already a local tag (id tags do not depend on upper or lower case). Edit that "
                + "one instead.", english.detail());
    }

    @Test
    void aLearnModeRefusalIsGerman() {
        Api.Reply german = call(HttpRequest.POST("/api/v1/local-tag-learning", Map.of("seconds", 121)), "de")
                .assertProblem(422);
        assertEquals("Der Lernmodus wurde nicht eingeschaltet.", german.detail());
        assertEquals("Der Lernmodus dauert 1 bis 120 Sekunden.", fieldMessage(german, "seconds"));
        assertEquals("Learn mode lasts 1 to 120 seconds.", fieldMessage(call(HttpRequest.POST(
                "/api/v1/local-tag-learning", Map.of("seconds", 121)), "en").assertProblem(422), "seconds"));
    }

    @Test
    void aBadLimitOfTheTransactionsListIsGerman() {
        Api.Reply german = call(HttpRequest.GET("/api/v1/transactions?limit=501"), "de").assertProblem(422);
        assertEquals("Es wurden keine Ladevorgänge aufgelistet.", german.detail());
        assertEquals("limit liegt zwischen 1 und 500.", fieldMessage(german, "limit"));
        Api.Reply english = call(HttpRequest.GET("/api/v1/transactions?limit=0"), "en").assertProblem(422);
        assertEquals("No transactions listed.", english.detail());
        assertEquals("limit is 1 to 500.", fieldMessage(english, "limit"));
    }
}
