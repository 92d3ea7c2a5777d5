package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;

/**
 * The access matrix: every endpoint the router serves × every kind of caller, over real HTTP, against the one table
 * published in {@code docs/access-matrix.md}. A cell is {@code ✓} when the request reaches its handler (any answer
 * but 401/403), else the refusal's status. Endpoints come from the router, so a new endpoint without a row in the
 * table fails here. Forged tokens all claim SERVICE, the strongest role: any ✓ in their columns on a protected
 * endpoint would be a way in.
 */
@MicronautTest(transactional = false)
class AccessMatrixTest extends LoggedInApi {

    static final Path TABLE = Path.of("docs/access-matrix.md");
    static final String BEGIN = "<!-- access-matrix:begin -->";
    static final String END = "<!-- access-matrix:end -->";
    static final Path MEASURED = Path.of("target/access-matrix-measured.md");

    @Inject
    Router router;
    @Inject
    TokenSigningKey signingKey;
    @Inject
    TokenVersions versions;
    @Inject
    Clock clock;

    private final Map<String, String> callers = new LinkedHashMap<>();

    @BeforeAll
    void everyKindOfCaller() throws Exception {
        String revoked = api.token("service", SERVICE_PASSWORD);
        assertEquals(204, api.call(HttpRequest.POST("/api/v1/users/me/password", Map.of(
                "currentPassword", SERVICE_PASSWORD, "newPassword", "service-password-2")), revoked).status());
        service = api.token("service", "service-password-2");
        Map<String, Object> grant = api.call(HttpRequest.POST("/api/v1/access-grants", Map.of()), owner).json();
        String temporary = api.token((String) grant.get("username"), (String) grant.get("password"));

        callers.put("anonymous", null);
        callers.put("OWNER", owner);
        callers.put("INSTALLER", installer);
        callers.put("SERVICE", service);
        callers.put("temporary installer", temporary);
        callers.put("expired", signedByTheStation(serviceClaims(Instant.now().minusSeconds(60))));
        callers.put("revoked", revoked);
        callers.put("alg none", new PlainJWT(serviceClaims(inAnHour())).serialize());
        callers.put("HS256 public key", hs256WithThePublicKey());
        callers.put("forged signature", ownerTokenRelabelledService());
        callers.put("foreign key", signedByAForeignKey());
    }

    @Test
    void everyEndpointAndEveryCallerMatchThePublishedTable() throws Exception {
        List<String> endpoints = endpoints();
        StringBuilder table = new StringBuilder("| Endpoint | " + String.join(" | ", callers.keySet()) + " |\n|---|"
                + "---|".repeat(callers.size()) + "\n");
        int cells = 0;
        List<String> serverErrors = new ArrayList<>();
        for (String endpoint : endpoints) {
            table.append("| `").append(endpoint).append("` |");
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                int status = call(endpoint, caller.getValue());
                if (status >= 500) {
                    serverErrors.add(endpoint + " as " + caller.getKey() + ": " + status);
                }
                table.append(' ').append(status == 401 || status == 403 ? Integer.toString(status) : "✓").append(" |");
                cells++;
            }
            table.append('\n');
        }
        System.out.printf("Access matrix: %d endpoints x %d callers = %d cells checked%n", endpoints.size(),
                callers.size(), cells);
        Files.writeString(MEASURED, BEGIN + "\n" + table + END + "\n");

        assertEquals(List.of(), serverErrors, "an access check must never end in a server error");
        assertEquals(published(), table.toString(), "the access matrix differs from " + TABLE + " (between "
                + BEGIN + " and " + END + "); if the change is intended, publish the measured table " + MEASURED);
    }

    @Test
    void forgedTokensNeverReachAProtectedEndpoint() throws Exception {
        for (String row : published().split("\n")) {
            if (row.startsWith("| `") && !row.matches("\\| `[^`]+` \\| ✓ .*")) { // protected: anonymous refused
                String[] cells = row.split("\\|");
                for (int column = 6; column <= 11; column++) {
                    assertEquals(" 401 ", cells[column + 1], row);
                }
            }
        }
    }

    private List<String> endpoints() {
        Set<String> endpoints = new TreeSet<>(Comparator.comparing((String e) -> e.substring(e.indexOf(' ') + 1))
                .thenComparing(e -> e));
        router.uriRoutes()
                .filter(route -> !isTestCode(route.getTargetMethod().getDeclaringType()))
                .forEach(route -> endpoints.add(route.getHttpMethod().name() + " "
                        + route.getUriMatchTemplate().toString()));
        assertTrue(endpoints.size() > 20, endpoints.toString());
        return List.copyOf(endpoints);
    }

    // the scripted central systems of the OCPP tests serve WebSockets in this context; the station does not
    private static boolean isTestCode(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    private int call(String endpoint, String token) {
        HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replaceAll("\\{[^}/]*id}", "999999")
                .replaceAll("\\{[^}/]+}", "nobody");
        MutableHttpRequest<Object> request = HttpRequest.create(method, path);
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            request.body("{}").contentType(MediaType.APPLICATION_JSON_TYPE); // incomplete: nothing is changed
        }
        return (token == null ? api.call(request) : api.call(request, token)).status();
    }

    private String published() throws Exception {
        String document = Files.readString(TABLE, StandardCharsets.UTF_8);
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        assertTrue(begin >= 0 && end > begin, TABLE + " has no table between the markers");
        return document.substring(begin + BEGIN.length(), end).strip() + "\n";
    }

    private JWTClaimsSet serviceClaims(Instant expiry) {
        Instant issued = expiry.minusSeconds(3600);
        return new JWTClaimsSet.Builder().subject("service").claim("roles", List.of("SERVICE"))
                .claim(AccessTokens.VERSION_CLAIM, versions.current("service"))
                .issueTime(Date.from(issued)).expirationTime(Date.from(expiry)).build();
    }

    private Instant inAnHour() {
        return clock.instant().plusSeconds(3600);
    }

    private String signedByTheStation(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(signingKey.getKid().orElseThrow()).build(), claims);
        jwt.sign(new ECDSASigner(signingKey.getPrivateKey()));
        return jwt.serialize();
    }

    // the algorithm-confusion attack: HMAC keyed with the (public) verification key
    private String hs256WithThePublicKey() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), serviceClaims(inAnHour()));
        jwt.sign(new MACSigner(signingKey.getPublicKey().getEncoded()));
        return jwt.serialize();
    }

    private String ownerTokenRelabelledService() {
        String[] parts = owner.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("OWNER", "SERVICE").replace("\"owner\"", "\"service\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private String signedByAForeignKey() throws Exception {
        ECKey foreign = new ECKeyGenerator(Curve.P_256).keyID(signingKey.getKid().orElseThrow()).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(foreign.getKeyID()).build(),
                serviceClaims(inAnHour()));
        jwt.sign(new ECDSASigner(foreign));
        return jwt.serialize();
    }
}
