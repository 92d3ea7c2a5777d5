package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;

/**
 * A token the station has already accepted is remembered parsed ({@link ParsedTokens}) and with its signature checked
 * ({@link VerifiedTokenSignatures}), so these try to get a remembered token past what ends it: each token is first
 * used successfully, then revoked, superseded, expired or altered, and must then be refused at once.
 */
@MicronautTest(transactional = false)
class RememberedTokensTest extends LoggedInApi {

    @Inject
    MutableClock clock;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    JsonWebTokenParser<JWT> parser;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(MutableClockFactory.PROPERTY, "mutable");
    }

    @BeforeEach
    void knownPasswordsAndNoLocks() {
        clock.advance(Duration.ofHours(3));
        for (String name : List.of("owner", "installer", "service")) {
            Account account = accounts.findByUsername(name).orElseThrow();
            accounts.update(account.id(), hasher.hash(name + "-password-1"), clock.instant(), account.tokenVersion());
        }
    }

    @Test
    void theStationsParserRemembersEachAcceptedToken() {
        String token = api.token("installer", "installer-password-1");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), token).status());

        assertSame(parser.parse(token).orElseThrow(), parser.parse(token).orElseThrow());
    }

    @Test
    void aRememberedTokenOfARevokedGrantIsRefusedAtOnce() {
        String owner = api.token("owner", "owner-password-1");
        Api.Reply created = api.call(HttpRequest.POST("/api/v1/access-grants", Map.of()), owner);
        String token = api.token((String) created.json().get("username"), (String) created.json().get("password"));
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), token).status());
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), token).status());

        long id = ((Number) created.json().get("id")).longValue();
        assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/access-grants/" + id), owner).status());

        api.call(HttpRequest.GET("/api/v1/settings"), token).assertProblem(401);
    }

    @Test
    void aRememberedTokenIsRefusedAfterAPasswordChange() {
        String token = api.token("owner", "owner-password-1");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), token).status());

        assertEquals(204, api.call(HttpRequest.POST("/api/v1/users/me/password",
                Map.of("currentPassword", "owner-password-1", "newPassword", "owner-password-2")), token).status());

        api.call(HttpRequest.GET("/api/v1/settings"), token).assertProblem(401);
    }

    @Test
    void aRememberedTokenIsRefusedAfterAResetByService() {
        String installer = api.token("installer", "installer-password-1");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), installer).status());
        String service = api.token("service", "service-password-1");

        assertEquals(204, api.call(HttpRequest.PUT("/api/v1/users/installer/password",
                Map.of("newPassword", "reset by service")), service).status());

        api.call(HttpRequest.GET("/api/v1/settings"), installer).assertProblem(401);
    }

    @Test
    void aRememberedTokenExpiresOnTheStationsClock() {
        String token = api.token("installer", "installer-password-1");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), token).status());

        clock.advance(Duration.ofMinutes(59));
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), token).status());
        clock.advance(Duration.ofMinutes(1));
        api.call(HttpRequest.GET("/api/v1/settings"), token).assertProblem(401);
    }

    @Test
    void aRememberedTokenWithAnAlteredSignatureOrRoleIsRefused() {
        String token = api.token("owner", "owner-password-1");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), token).status());

        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String otherSignature = parts[0] + "." + parts[1] + "."
                + parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        api.call(HttpRequest.GET("/api/v1/settings"), otherSignature).assertProblem(401);

        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String promoted = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"OWNER\"", "\"SERVICE\"").getBytes());
        assertTrue(payload.contains("\"OWNER\""), payload);
        api.call(HttpRequest.GET("/api/v1/settings"), parts[0] + "." + promoted + "." + parts[2]).assertProblem(401);
    }

    @Test
    void garbageIsNotRememberedAndTheMemoryIsBounded() {
        List<String> parsed = new ArrayList<>();
        JsonWebTokenParser<String> counting = ParsedTokens.remembering(new JsonWebTokenParser<>() {
            @Override
            public Optional<String> parse(String token) {
                parsed.add(token);
                return token.startsWith("ok") ? Optional.of(token.toUpperCase()) : Optional.empty();
            }

            @Override
            public Optional<Claims> parseClaims(String token) {
                return Optional.empty();
            }
        });

        assertEquals(Optional.of("OK-1"), counting.parse("ok-1"));
        assertEquals(Optional.of("OK-1"), counting.parse("ok-1"));
        assertEquals(Optional.empty(), counting.parse("garbage"));
        assertEquals(Optional.empty(), counting.parse("garbage"));
        assertEquals(List.of("ok-1", "garbage", "garbage"), parsed);

        for (int i = 0; i <= RememberedTokens.SIZE; i++) {
            counting.parse("ok-filler-" + i);
        }
        parsed.clear();
        counting.parse("ok-1");
        assertEquals(List.of("ok-1"), parsed, "the oldest is forgotten once more than RememberedTokens.SIZE were seen");
    }
}
