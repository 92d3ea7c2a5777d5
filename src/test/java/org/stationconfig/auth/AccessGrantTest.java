package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;

/**
 * Temporary installer access. A grant's INSTALLER token gets 403 on the grant list (a valid token, wrong role) and
 * 401 once the grant has ended (no valid token any more): that difference is what these tests watch.
 */
@MicronautTest(transactional = false)
class AccessGrantTest extends TestDataDir {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    MutableClock clock;

    @Inject
    AuditLog auditLog;

    Api api;
    String owner;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(MutableClockFactory.PROPERTY, "mutable",
                "station.provisioning.passwords.owner", "owner-password-1",
                "station.provisioning.passwords.installer", "installer-password-1",
                "station.provisioning.passwords.service", "service-password-1");
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
    }

    @BeforeEach
    void freshOwnerToken() {
        clock.advance(Duration.ofHours(3));
        owner = api.token("owner", "owner-password-1");
    }

    @Test
    void theOwnerHandsOutAccessAndTheInstallerLogsInWithIt() throws Exception {
        Api.Reply created = grant(Map.of("label", "Kitchen wallbox job", "validMinutes", 90));

        assertEquals(201, created.status(), created.body());
        String username = (String) created.json().get("username");
        String password = (String) created.json().get("password");
        assertTrue(username.matches("installer-[0-9a-z]{6}"), username);
        assertTrue(password.matches("[0-9A-Za-z]{24}"));
        assertEquals("Kitchen wallbox job", created.json().get("label"));
        assertEquals("owner", created.json().get("createdBy"));
        assertEquals(clock.instant().plus(Duration.ofMinutes(90)), Instant.parse((String) created.json().get("expiresAt")));
        AuditEntry audited = latestOf("GRANT_CREATED");
        assertEquals("owner", audited.principal());
        assertTrue(audited.message().contains(username), audited.message());

        Api.Reply login = api.login(username, password);
        assertEquals(200, login.status(), login.body());
        assertEquals("INSTALLER", login.json().get("role"));
        assertEquals(3600, ((Number) login.json().get("expires_in")).intValue(), "1 h: the grant lasts longer");
        SignedJWT jwt = SignedJWT.parse((String) login.json().get("access_token"));
        assertEquals(((Number) created.json().get("id")).longValue(), jwt.getJWTClaimsSet().getLongClaim("grant"));
        assertEquals(List.of("INSTALLER"), jwt.getJWTClaimsSet().getStringListClaim("roles"));
        assertEquals("GRANT_USED", latest().event());
    }

    @Test
    void theTokenEndsWithTheGrant() {
        Api.Reply created = grant(Map.of("validMinutes", 10));
        Api.Reply login = api.login((String) created.json().get("username"), (String) created.json().get("password"));

        assertEquals(600, ((Number) login.json().get("expires_in")).intValue());
        String token = (String) login.json().get("access_token");
        assertEquals(403, api.call(HttpRequest.GET("/api/v1/access-grants"), token).status());

        clock.advance(Duration.ofMinutes(10));
        api.call(HttpRequest.GET("/api/v1/access-grants"), token).assertProblem(401);
        Api.Reply again = api.login((String) created.json().get("username"), (String) created.json().get("password"))
                .assertProblem(401);
        assertTrue(again.detail().contains("expired or was revoked"), again.detail());
    }

    @Test
    void revokingEndsLiveTokensAtOnce() {
        Api.Reply created = grant(Map.of());
        long id = ((Number) created.json().get("id")).longValue();
        String token = api.token((String) created.json().get("username"), (String) created.json().get("password"));
        assertEquals(403, api.call(HttpRequest.GET("/api/v1/access-grants"), token).status());

        assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/access-grants/" + id), owner).status());

        api.call(HttpRequest.GET("/api/v1/access-grants"), token).assertProblem(401);
        api.login((String) created.json().get("username"), (String) created.json().get("password")).assertProblem(401);
        AuditEntry revoked = latestOf("GRANT_REVOKED");
        assertEquals("owner", revoked.principal());
        assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/access-grants/" + id), owner).status(), "idempotent");
    }

    @Test
    void theListShowsGrantsWithoutPasswords() {
        Api.Reply created = grant(Map.of("label", "listed"));
        long id = ((Number) created.json().get("id")).longValue();

        Api.Reply list = api.call(HttpRequest.GET("/api/v1/access-grants"), owner);

        assertEquals(200, list.status());
        assertFalse(list.body().contains((String) created.json().get("password")));
        assertFalse(list.body().toLowerCase().contains("password"), list.body());
        assertFalse(list.body().contains("argon2"), list.body());
        Map<String, Object> listed = grants(list).stream().filter(g -> ((Number) g.get("id")).longValue() == id)
                .findFirst().orElseThrow();
        assertEquals(true, listed.get("active"));
        assertEquals("listed", listed.get("label"));

        api.call(HttpRequest.DELETE("/api/v1/access-grants/" + id), owner);
        Map<String, Object> ended = grants(api.call(HttpRequest.GET("/api/v1/access-grants"), owner)).stream()
                .filter(g -> ((Number) g.get("id")).longValue() == id).findFirst().orElseThrow();
        assertEquals(false, ended.get("active"));
        assertEquals("owner", ended.get("revokedBy"));
    }

    @Test
    void withoutValidMinutesAccessLasts24Hours() {
        Api.Reply created = grant(Map.of());

        assertEquals(clock.instant().plus(Duration.ofHours(24)), Instant.parse((String) created.json().get("expiresAt")));
    }

    @Test
    void validityAndLabelAreCheckedAndNothingIsCreatedOnError() {
        int before = grants(api.call(HttpRequest.GET("/api/v1/access-grants"), owner)).size();

        for (int minutes : new int[] {0, -5, 72 * 60 + 1}) {
            Api.Reply reply = grant(Map.of("validMinutes", minutes)).assertProblem(422);
            assertEquals("validMinutes", ((Map<?, ?>) ((List<?>) reply.json().get("errors")).get(0)).get("key"));
        }
        grant(Map.of("label", "x".repeat(81))).assertProblem(422);
        grant(Map.of("label", "two\nlines")).assertProblem(422);
        api.call(HttpRequest.POST("/api/v1/access-grants", "{\"validMinutes\": \"soon\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE), owner).assertProblem(400);
        api.call(HttpRequest.POST("/api/v1/access-grants", "{\"validMinutes\": ")
                .contentType(MediaType.APPLICATION_JSON_TYPE), owner).assertProblem(400);

        assertEquals(before, grants(api.call(HttpRequest.GET("/api/v1/access-grants"), owner)).size());
        assertEquals(201, grant(Map.of("validMinutes", 72 * 60)).status(), "72 h is the limit");
        assertEquals(201, grant(Map.of("validMinutes", 1)).status());
    }

    @Test
    void serviceMayGrantButInstallersMayNot() {
        String service = api.token("service", "service-password-1");
        String installer = api.token("installer", "installer-password-1");

        Api.Reply byService = api.call(HttpRequest.POST("/api/v1/access-grants", Map.of()), service);
        assertEquals(201, byService.status());
        assertEquals("service", byService.json().get("createdBy"));
        api.call(HttpRequest.POST("/api/v1/access-grants", Map.of()), installer).assertProblem(403);
        api.call(HttpRequest.DELETE("/api/v1/access-grants/" + byService.json().get("id")), installer)
                .assertProblem(403);
    }

    @Test
    void temporaryAccessCannotChangeAPassword() {
        Api.Reply created = grant(Map.of());
        String token = api.token((String) created.json().get("username"), (String) created.json().get("password"));

        Api.Reply reply = api.call(HttpRequest.POST("/api/v1/users/me/password", Map.of(
                "currentPassword", created.json().get("password"), "newPassword", "my own password")), token)
                .assertProblem(403);
        assertEquals("Temporary installer access has no password to change.", reply.detail());
    }

    @Test
    void revokingAnUnknownGrantIs404() {
        api.call(HttpRequest.DELETE("/api/v1/access-grants/999999"), owner).assertProblem(404);
    }

    private Api.Reply grant(Map<String, Object> body) {
        return api.call(HttpRequest.POST("/api/v1/access-grants", body), owner);
    }

    private List<Map<String, Object>> grants(Api.Reply list) {
        try {
            return json.readValue(list.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AuditEntry latest() {
        return auditLog.page(Category.ACCESS, 0, 1).getContent().get(0);
    }

    private AuditEntry latestOf(String event) {
        return auditLog.page(Category.ACCESS, 0, 50).getContent().stream()
                .filter(e -> e.event().equals(event)).findFirst().orElseThrow();
    }

    @Test
    void aGrantWhoseAuditLineFailsIsNotCreated() throws Exception {
        int before = grantCount();

        try (InjectedAuditFailure failure = InjectedAuditFailure.on(dataDir(), "GRANT_CREATED")) {
            Api.Reply reply = grant(Map.of("label", "never committed"));
            assertTrue(reply.status() >= 500, reply.body());
        }

        assertEquals(before, grantCount(), "no grant without its audit line");
    }

    @Test
    void aRevocationWhoseAuditLineFailsRevokesNothing() throws Exception {
        Api.Reply created = grant(Map.of());
        long id = ((Number) created.json().get("id")).longValue();
        String token = api.token((String) created.json().get("username"), (String) created.json().get("password"));

        try (InjectedAuditFailure failure = InjectedAuditFailure.on(dataDir(), "GRANT_REVOKED")) {
            Api.Reply reply = api.call(HttpRequest.DELETE("/api/v1/access-grants/" + id), owner);
            assertTrue(reply.status() >= 500, reply.body());
        }

        assertEquals(403, api.call(HttpRequest.GET("/api/v1/access-grants"), token).status(),
                "the grant's token still works (403 is its role, not a revoked token)");
        List<?> grants = (List<?>) json.readValue(api.call(HttpRequest.GET("/api/v1/access-grants"), owner).body(),
                Argument.listOf(Map.class));
        assertTrue(grants.stream().map(Map.class::cast).anyMatch(g -> ((Number) g.get("id")).longValue() == id
                && Boolean.TRUE.equals(g.get("active"))), grants.toString());
    }

    private int grantCount() throws IOException {
        return json.readValue(api.call(HttpRequest.GET("/api/v1/access-grants"), owner).body(),
                Argument.listOf(Map.class)).size();
    }
}
