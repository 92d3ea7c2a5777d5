package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;

@MicronautTest(transactional = false)
class PasswordChangeTest extends TestDataDir {

    static final Map<String, String> PASSWORDS = Map.of(
            "owner", "owner-password-1", "installer", "installer-password-1", "service", "service-password-1");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    MutableClock clock;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog auditLog;

    Api api;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(MutableClockFactory.PROPERTY, "mutable",
                "station.provisioning.passwords.owner", PASSWORDS.get("owner"),
                "station.provisioning.passwords.installer", PASSWORDS.get("installer"),
                "station.provisioning.passwords.service", PASSWORDS.get("service"));
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
    }

    @BeforeEach
    void knownPasswordsAndNoLocks() {
        clock.advance(Duration.ofHours(3));
        PASSWORDS.forEach((name, password) -> {
            Account account = accounts.findByUsername(name).orElseThrow();
            accounts.update(account.id(), hasher.hash(password), clock.instant(), account.tokenVersion());
        });
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        String token = api.token("owner", "owner-password-1");

        Api.Reply reply = api.call(HttpRequest.POST("/api/v1/users/me/password",
                Map.of("currentPassword", "owner-password-1", "newPassword", "a new owner password")), token);

        assertEquals(204, reply.status(), reply.body());
        api.login("owner", "owner-password-1").assertProblem(401);
        assertEquals(200, api.login("owner", "a new owner password").status());
        AuditEntry entry = latest("PASSWORD_CHANGED");
        assertEquals("owner", entry.principal());
        assertEquals(Category.ACCESS, entry.category());
    }

    @Test
    void aTooShortPasswordIsRefusedFieldByFieldAndNothingChanges() {
        String token = api.token("installer", "installer-password-1");

        Api.Reply reply = api.call(HttpRequest.POST("/api/v1/users/me/password",
                Map.of("currentPassword", "installer-password-1", "newPassword", "short")), token).assertProblem(422);

        assertEquals(List.of(Map.of("key", "newPassword",
                "message", "The password must be at least 10 characters long.")), reply.json().get("errors"));
        assertEquals(200, api.login("installer", "installer-password-1").status());
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsAsAFailedLogin() {
        String token = api.token("installer", "installer-password-1");
        Map<String, String> body = Map.of("currentPassword", "not-my-password", "newPassword", "long enough now");

        Api.Reply reply = api.call(HttpRequest.POST("/api/v1/users/me/password", body), token).assertProblem(422);
        assertEquals(List.of(Map.of("key", "currentPassword", "message", "This is not your current password.")),
                reply.json().get("errors"));
        for (int i = 0; i < 3; i++) {
            api.call(HttpRequest.POST("/api/v1/users/me/password", body), token);
        }

        assertEquals("2", api.call(HttpRequest.POST("/api/v1/users/me/password", body), token)
                .assertProblem(429).headers().get("Retry-After"));
        clock.advance(Duration.ofSeconds(2));
        assertEquals(200, api.login("installer", "installer-password-1").status(), "unchanged");
    }

    @Test
    void brokenOrIncompleteBodiesChangeNothing() {
        String token = api.token("owner", "owner-password-1");

        api.call(HttpRequest.POST("/api/v1/users/me/password", "{\"currentPassword\": ")
                .contentType(MediaType.APPLICATION_JSON_TYPE), token).assertProblem(400);
        api.call(HttpRequest.POST("/api/v1/users/me/password", "{\"currentPassword\": {}, \"newPassword\": {}}")
                .contentType(MediaType.APPLICATION_JSON_TYPE), token).assertProblem(400);
        // micronaut-serde reads a scalar into a string field ("12345" from 12345): then the policy answers
        api.call(HttpRequest.POST("/api/v1/users/me/password", "{\"currentPassword\": 1, \"newPassword\": 12345}")
                .contentType(MediaType.APPLICATION_JSON_TYPE), token).assertProblem(422);
        Api.Reply missing = api.call(HttpRequest.POST("/api/v1/users/me/password", Map.of()), token)
                .assertProblem(422);
        assertEquals(2, ((List<?>) missing.json().get("errors")).size());

        assertEquals(200, api.login("owner", "owner-password-1").status());
    }

    @Test
    void serviceSetsAnotherAccountsPassword() {
        String token = api.token("service", "service-password-1");

        Api.Reply reply = api.call(HttpRequest.PUT("/api/v1/users/owner/password",
                Map.of("newPassword", "set by service 1")), token);

        assertEquals(204, reply.status(), reply.body());
        assertEquals(200, api.login("owner", "set by service 1").status());
        AuditEntry entry = latest("PASSWORD_SET");
        assertEquals("service", entry.principal());
        assertEquals("password of owner set", entry.message());
    }

    @Test
    void onlyServiceSetsOtherPasswords() {
        for (String caller : List.of("owner", "installer")) {
            String token = api.token(caller, PASSWORDS.get(caller));
            Api.Reply reply = api.call(HttpRequest.PUT("/api/v1/users/service/password",
                    Map.of("newPassword", "taken over now")), token).assertProblem(403);
            assertEquals("The role " + caller.toUpperCase() + " may not use PUT /api/v1/users/{name}/password.",
                    reply.detail());
        }
        assertEquals(200, api.login("service", "service-password-1").status());
    }

    @Test
    void settingThePasswordOfAnUnknownAccountIs404() {
        String token = api.token("service", "service-password-1");

        Api.Reply reply = api.call(HttpRequest.PUT("/api/v1/users/nobody/password",
                Map.of("newPassword", "long enough now")), token).assertProblem(404);
        assertTrue(reply.detail().contains("owner, installer and service"), reply.detail());
    }

    private AuditEntry latest(String event) {
        return auditLog.page(Category.ACCESS, 0, 50).getContent().stream()
                .filter(e -> e.event().equals(event)).findFirst().orElseThrow();
    }
    @Test
    void tokensIssuedBeforeAPasswordChangeStopWorkingTheChangingOneIncluded() {
        String onThePhone = api.token("owner", "owner-password-1");
        String stolen = api.token("owner", "owner-password-1");

        assertEquals(204, api.call(HttpRequest.POST("/api/v1/users/me/password",
                Map.of("currentPassword", "owner-password-1", "newPassword", "changed after theft")), onThePhone)
                .status());

        api.call(HttpRequest.GET("/api/v1/settings"), stolen).assertProblem(401);
        api.call(HttpRequest.GET("/api/v1/settings"), onThePhone).assertProblem(401);
        String fresh = api.token("owner", "changed after theft");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), fresh).status());
    }

    @Test
    void tokensIssuedBeforeAResetByServiceStopWorking() {
        String ownerToken = api.token("owner", "owner-password-1");
        String installerToken = api.token("installer", "installer-password-1");
        String serviceToken = api.token("service", "service-password-1");

        assertEquals(204, api.call(HttpRequest.PUT("/api/v1/users/owner/password",
                Map.of("newPassword", "reset by service")), serviceToken).status());

        api.call(HttpRequest.GET("/api/v1/settings"), ownerToken).assertProblem(401);
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), installerToken).status(), "other accounts keep theirs");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), serviceToken).status());
    }

    @Test
    void serviceSettingItsOwnPasswordByNameNeedsTheCurrentOne() {
        String token = api.token("service", "service-password-1");

        Api.Reply without = api.call(HttpRequest.PUT("/api/v1/users/service/password",
                Map.of("newPassword", "taken over by a token")), token).assertProblem(422);
        assertEquals(List.of(Map.of("key", "currentPassword",
                "message", "The current password is required to change your own password.")), without.json().get("errors"));
        api.call(HttpRequest.PUT("/api/v1/users/Service/password",
                Map.of("currentPassword", "a wrong guess", "newPassword", "taken over by a token")), token)
                .assertProblem(422);
        assertEquals(200, api.login("service", "service-password-1").status(), "unchanged");

        assertEquals(204, api.call(HttpRequest.PUT("/api/v1/users/service/password",
                Map.of("currentPassword", "service-password-1", "newPassword", "service changed it")),
                api.token("service", "service-password-1")).status());
        assertEquals(200, api.login("service", "service changed it").status());
        assertEquals("own password changed", latest("PASSWORD_CHANGED").message());
    }

    @Test
    void aPasswordChangeWhoseAuditLineFailsChangesNothing() throws Exception {
        String token = api.token("owner", "owner-password-1");

        try (InjectedAuditFailure failure = InjectedAuditFailure.on(dataDir(), "PASSWORD_CHANGED")) {
            Api.Reply reply = api.call(HttpRequest.POST("/api/v1/users/me/password",
                    Map.of("currentPassword", "owner-password-1", "newPassword", "never committed")), token);
            assertTrue(reply.status() >= 500, reply.body());
        }

        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), token).status(), "the token still works");
        api.login("owner", "never committed").assertProblem(401);
        assertEquals(200, api.login("owner", "owner-password-1").status());
        assertTrue(auditLog.page(Category.ACCESS, 0, 50).getContent().stream()
                .noneMatch(e -> e.event().equals("PASSWORD_CHANGED") && e.at().equals(clock.instant())));
    }

    @Test
    void aResetWhoseAuditLineFailsChangesNothing() throws Exception {
        String ownerToken = api.token("owner", "owner-password-1");
        String serviceToken = api.token("service", "service-password-1");

        try (InjectedAuditFailure failure = InjectedAuditFailure.on(dataDir(), "PASSWORD_SET")) {
            Api.Reply reply = api.call(HttpRequest.PUT("/api/v1/users/owner/password",
                    Map.of("newPassword", "never committed")), serviceToken);
            assertTrue(reply.status() >= 500, reply.body());
        }

        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), ownerToken).status(), "the token still works");
        assertEquals(200, api.login("owner", "owner-password-1").status());
    }
}
