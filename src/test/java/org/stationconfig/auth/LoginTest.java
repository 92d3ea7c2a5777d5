package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;

@MicronautTest(transactional = false)
class LoginTest extends TestDataDir {

    static final String OWNER_PASSWORD = "owner-provisioned-1";
    static final String SERVICE_PASSWORD = "service-provisioned-1";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TokenSigningKey signingKey;

    @Inject
    MutableClock clock;

    Api api;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(MutableClockFactory.PROPERTY, "mutable",
                "station.provisioning.passwords.owner", OWNER_PASSWORD,
                "station.provisioning.passwords.service", SERVICE_PASSWORD);
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
    }

    @Test
    void loginAnswersAnEs256BearerTokenWithExactlyTheAccountsRole() throws Exception {
        Api.Reply reply = api.login("owner", OWNER_PASSWORD);

        assertEquals(200, reply.status(), reply.body());
        assertEquals("Bearer", reply.json().get("token_type"));
        assertEquals(3600, ((Number) reply.json().get("expires_in")).intValue());
        assertEquals("OWNER", reply.json().get("role"));
        SignedJWT jwt = SignedJWT.parse((String) reply.json().get("access_token"));
        assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
        assertEquals(signingKey.getKid().orElseThrow(), jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new ECDSAVerifier(signingKey.getPublicKey())));
        assertEquals("owner", jwt.getJWTClaimsSet().getSubject());
        assertEquals(List.of("OWNER"), jwt.getJWTClaimsSet().getStringListClaim("roles"));
        assertEquals(clock.instant().getEpochSecond() + 3600,
                jwt.getJWTClaimsSet().getExpirationTime().toInstant().getEpochSecond());
    }

    @Test
    void theTokenOpensWhatTheRoleMayUse() {
        String token = api.token("OWNER ", OWNER_PASSWORD); // usernames are not case-sensitive

        assertEquals(200, api.call(HttpRequest.GET("/api/v1/access-grants"), token).status());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        Api.Reply wrong = api.login("service", "not-the-password").assertProblem(401);
        Api.Reply unknown = api.login("nobody", "not-the-password").assertProblem(401);

        assertEquals(wrong.body(), unknown.body());
        assertEquals("Wrong username or password.", wrong.detail());
    }

    @Test
    void missingFieldsAreNamedAndBrokenJsonIsRefused() {
        Api.Reply missing = api.call(HttpRequest.POST("/api/v1/auth/login", Map.of("username", "owner")))
                .assertProblem(422);
        assertEquals(List.of(Map.of("key", "password", "message", "The password is required.")),
                missing.json().get("errors"));

        api.call(HttpRequest.POST("/api/v1/auth/login", "{\"username\": \"owner\", ")
                .contentType(MediaType.APPLICATION_JSON_TYPE)).assertProblem(400);
        api.call(HttpRequest.POST("/api/v1/auth/login", "{\"username\": [1], \"password\": {}}")
                .contentType(MediaType.APPLICATION_JSON_TYPE)).assertProblem(400);
    }

    @Test
    void withoutATokenTheApiAnswers401WithAProblemThatSaysHowToLogIn() {
        Api.Reply reply = api.call(HttpRequest.GET("/api/v1/access-grants")).assertProblem(401);

        assertEquals("Log in first: send a bearer token from POST /api/v1/auth/login.", reply.detail());
        assertEquals("Bearer", reply.headers().get("WWW-Authenticate"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = api.token("owner", OWNER_PASSWORD);
        clock.advance(Duration.ofMinutes(59));
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/access-grants"), token).status());

        clock.advance(Duration.ofMinutes(1));
        Api.Reply reply = api.call(HttpRequest.GET("/api/v1/access-grants"), token).assertProblem(401);
        assertTrue(reply.detail().contains("log in again"), reply.detail());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        ECKey otherKey = new ECKeyGenerator(Curve.P_256).keyID(signingKey.getKid().orElseThrow()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(otherKey.getKeyID()).build(),
                serviceClaims());
        forged.sign(new ECDSASigner(otherKey));

        api.call(HttpRequest.GET("/api/v1/access-grants"), forged.serialize()).assertProblem(401);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String none = new PlainJWT(serviceClaims()).serialize();

        api.call(HttpRequest.GET("/api/v1/access-grants"), none).assertProblem(401);
    }

    @Test
    void anHs256TokenIsRefusedEvenWhenKeyedWithThePublicKey() throws Exception {
        // the classic algorithm-confusion attack: HMAC keyed with the (public) verification key
        byte[] secret = signingKey.getPublicKey().getEncoded();
        SignedJWT hs = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), serviceClaims());
        hs.sign(new MACSigner(secret));

        api.call(HttpRequest.GET("/api/v1/access-grants"), hs.serialize()).assertProblem(401);
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String token = api.token("owner", OWNER_PASSWORD);
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace("OWNER", "SERVICE");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes()) + "." + parts[2];

        api.call(HttpRequest.PUT("/api/v1/users/owner/password", Map.of("newPassword", "0123456789ab")), tampered)
                .assertProblem(401);
        assertFalse(payload.contains("OWNER"));
    }

    @Test
    void provisionedPasswordsWorkAndOnlyTheRandomOneIsWrittenToTheFile() throws Exception {
        Map<String, String> file = InitialAccountsTest.read(dataDir().resolve("initial-credentials"));

        assertEquals(List.of("installer"), List.copyOf(file.keySet()));
        assertEquals(200, api.login("installer", file.get("installer")).status());
        assertEquals("SERVICE", api.login("service", SERVICE_PASSWORD).json().get("role"));
    }

    private JWTClaimsSet serviceClaims() {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder().subject("service").claim("roles", List.of("SERVICE"))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build();
    }
}
