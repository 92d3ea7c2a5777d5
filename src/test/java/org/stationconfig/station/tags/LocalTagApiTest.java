package org.stationconfig.station.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;
import org.stationconfig.station.StationScenario;
import org.stationconfig.station.authorization.TagKey;

/** The owner's local id tags through the REST API (issue 14): managed, validated as a whole, bounded, audited. */
@MicronautTest(transactional = false)
class LocalTagApiTest extends StationScenario {

    @Inject
    LocalTagRepository repository;

    @AfterEach
    void forgetTheTags() {
        repository.deleteAll();
    }

    @Test
    void theOwnerAddsEditsAndRemovesATagAndEachChangeIsAuditedWithWho() {
        String owner = api.token("owner", "owner-password-1");
        Instant expiry = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply added = add(owner, Map.of("idTag", "04A1B2C3D4E5F6", "name", "Anna's car", "note", "blue fob",
                "expiryDate", expiry.toString()));
        assertEquals(201, added.status(), added.body());
        Number id = (Number) added.json().get("id");
        assertEquals(true, added.json().get("enabled"), "enabled unless said otherwise");

        Api.Reply edited = api.call(HttpRequest.PUT("/api/v1/local-tags/" + id, Map.of("name", "Anna",
                "enabled", false)), owner);
        assertEquals(200, edited.status(), edited.body());
        List<Map<String, Object>> listed = list(owner);
        assertEquals(1, listed.size());
        assertEquals("04A1B2C3D4E5F6", listed.get(0).get("idTag"));
        assertEquals("Anna", listed.get(0).get("name"));
        assertEquals(false, listed.get(0).get("enabled"));
        assertNull(listed.get(0).get("note"), "PUT replaces: a field left out is cleared");
        assertNull(listed.get(0).get("expiryDate"));

        assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/local-tags/" + id), owner).status());
        assertEquals(List.of(), list(owner));

        String audit = api.call(HttpRequest.GET("/api/v1/audit?category=LOCAL_TAG&size=10"), owner).body();
        for (String event : List.of("LOCAL_TAG_ADDED", "LOCAL_TAG_CHANGED", "LOCAL_TAG_REMOVED")) {
            assertTrue(audit.contains(event), event + " in " + audit);
        }
        assertTrue(audit.contains("\"principal\":\"owner\""), audit);
    }

    @Test
    void theInstallerMayManageTagsToo() {
        String installer = api.token("installer", "installer-password-1");
        assertEquals(201, add(installer, Map.of("idTag", "INSTALLER-TAG", "name", "Test fob")).status());
        assertEquals(1, list(installer).size());
    }

    @Test
    void badInputIsRefusedAsAWholeAndChangesNothing() {
        String owner = api.token("owner", "owner-password-1");
        add(owner, Map.of("idTag", "KNOWN-1", "name", "Known"));
        Map<String, Object> bad = new HashMap<>();
        bad.put("idTag", "A".repeat(21));
        bad.put("name", "N".repeat(65));
        bad.put("note", "x".repeat(501));
        bad.put("expiryDate", Instant.now().minusSeconds(60).toString());
        Api.Reply refused = add(owner, bad).assertProblem(422);
        for (String field : List.of("idTag", "name", "note", "expiryDate")) {
            assertTrue(refused.body().contains("\"" + field + "\""), field + " named: " + refused.body());
        }
        add(owner, Map.of("idTag", "TAB\tTAG", "name", "Tab")).assertProblem(422);
        add(owner, Map.of("idTag", "EMPTY-NAME", "name", " ")).assertProblem(422);
        add(owner, Map.of("idTag", "NO-NAME")).assertProblem(422);
        Api.Reply duplicate = add(owner, Map.of("idTag", "known-1", "name", "Same tag, other case")).assertProblem(409);
        assertTrue(duplicate.detail().contains("already"), duplicate.body());

        Number id = (Number) list(owner).get(0).get("id");
        api.call(HttpRequest.PUT("/api/v1/local-tags/" + id, Map.of("name", "Renamed", "idTag", "OTHER")), owner)
                .assertProblem(422);
        api.call(HttpRequest.PUT("/api/v1/local-tags/" + id, Map.of("name", "Renamed",
                "expiryDate", Instant.now().minusSeconds(1).toString())), owner).assertProblem(422);
        api.call(HttpRequest.PUT("/api/v1/local-tags/999999", Map.of("name", "Nobody")), owner).assertProblem(404);
        api.call(HttpRequest.DELETE("/api/v1/local-tags/999999"), owner).assertProblem(404);

        List<Map<String, Object>> listed = list(owner);
        assertEquals(1, listed.size(), "only the good tag: " + listed);
        assertEquals("Known", listed.get(0).get("name"), "unchanged");
    }

    @Test
    void aTagOfTwentyCharactersIsAnOcppIdTokenAndFits() {
        String owner = api.token("owner", "owner-password-1");
        assertEquals(201, add(owner, Map.of("idTag", "ABCDEFGHIJ 0123456~!", "name", "Longest")).status());
    }

    @Test
    void theListIsBoundedWithAClearRefusal() {
        Instant now = Instant.now();
        List<LocalTag> full = new ArrayList<>();
        for (int i = 0; i < LocalTags.CAPACITY; i++) {
            full.add(new LocalTag(null, TagKey.of("FILL-" + i), "FILL-" + i, "Fill " + i, null, null, true, now, now));
        }
        repository.saveAll(full);
        String owner = api.token("owner", "owner-password-1");
        Api.Reply refused = add(owner, Map.of("idTag", "ONE-TOO-MANY", "name", "Extra")).assertProblem(409);
        assertTrue(refused.detail().contains(String.valueOf(LocalTags.CAPACITY)), refused.body());
        assertEquals(LocalTags.CAPACITY, repository.count());
    }

    private Api.Reply add(String token, Map<String, Object> body) {
        return api.call(HttpRequest.POST("/api/v1/local-tags", body), token);
    }

    private List<Map<String, Object>> list(String token) {
        Api.Reply reply = api.call(HttpRequest.GET("/api/v1/local-tags"), token);
        assertEquals(200, reply.status(), reply.body());
        try {
            return json.readValue(reply.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
