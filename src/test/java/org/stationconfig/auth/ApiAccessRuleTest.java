package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micronaut.http.HttpMethod;
import io.micronaut.security.authentication.Authentication;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role × endpoint matrix, written out here independently of {@link AccessTable}: every caller against every
 * endpoint of the API contract, plus paths that are not in it and paths that try to sneak past it.
 */
class ApiAccessRuleTest {

    /** A request and who may make it: A = anonymous, O = owner, I = installer, S = service, G = temporary installer. */
    private static final List<String> MATRIX = List.of(
            "POST   /api/v1/auth/login                  A O I S G",
            "GET    /health                             A O I S G",
            "GET    /swagger/station-config-0.1.yml     A O I S G",
            "GET    /swagger-ui/index.html              A O I S G",

            "GET    /api/v1/settings                    O I S G",
            "GET    /api/v1/settings/                   O I S G",
            "PATCH  /api/v1/settings                    O I S G",
            "GET    /api/v1/permissions                 O I S G",
            "GET    /api/v1/ocpp/status                 O I S G",
            "GET    /api/v1/station                     O I S G",
            "GET    /api/v1/audit                       O I S G",
            "GET    /api/v1/outbox                      O I S G",
            "GET    /api/v1/certificates                O I S G",
            "GET    /api/v1/certificates/7              O I S G",
            "GET    /api/v1/events                      O I S G",
            "POST   /api/v1/users/me/password           O I S",

            "POST   /api/v1/ocpp/connection-test        I S G",
            "POST   /api/v1/certificates                O I S G", // per use: the permission matrix
            "DELETE /api/v1/certificates/7              O I S G",
            "POST   /api/v1/certificates/csr            I S G",
            "POST   /api/v1/outbox/12/requeue           I S G",

            "PUT    /api/v1/permissions/accessKey       S",
            "PUT    /api/v1/users/owner/password        S",
            "POST   /api/v1/simulator/connectors/1/plug S",
            "POST   /api/v1/simulator/connectors/1/rfid S",
            "GET    /api/v1/simulator/state             S",
            "DELETE /api/v1/simulator/connectors/1      S",

            "GET    /api/v1/access-grants               O S",
            "POST   /api/v1/access-grants               O S",
            "DELETE /api/v1/access-grants/3             O S",

            // not in the contract: refused to everyone
            "DELETE /api/v1/settings                    -",
            "PUT    /api/v1/settings                    -",
            "POST   /api/v1/settings                    -",
            "GET    /api/v1/access-grants/3             -",
            "PUT    /api/v1/permissions                 -",
            "PUT    /api/v1/users/me/password           S", // matches {name}; "me" is no account: 404
            "POST   /api/v1/users/owner/password        -",
            "GET    /api/v1/users                       -",
            "DELETE /api/v1/certificates                -",
            "GET    /api/v1/certificates/7/private-key  -",
            "POST   /api/v1/outbox/12                   -",
            "GET    /api/v1/auth/login                  -",
            "POST   /login                              -",
            "GET    /keys                               -",
            "GET    /                                   -",
            "GET    /api                                -",
            "GET    /api/v2/settings                    -",
            "POST   /health                             -",
            "PUT    /swagger/station-config-0.1.yml     -",
            "HEAD   /api/v1/settings                    -",
            "OPTIONS /api/v1/settings                   -",

            // paths that could be read two ways are refused rather than guessed at
            "GET    /swagger/../api/v1/access-grants    -",
            "GET    /swagger/%2e%2e/api/v1/audit        -",
            "GET    /swagger/..%2Fapi/v1/audit          -",
            "GET    /api/v1//settings                   -",
            "GET    /api/v1/./settings                  -",
            "GET    /api/v1/settings;jsessionid=1       -",
            "GET    /api/v1/settings/..                 -",
            "PUT    /api/v1/users/..%2fme/password      -");

    private static final Map<Character, Authentication> CALLERS = Map.of(
            'O', Authentication.build("owner", List.of("OWNER")),
            'I', Authentication.build("installer", List.of("INSTALLER")),
            'S', Authentication.build("service", List.of("SERVICE")),
            'G', Authentication.build("installer-ab12cd", List.of("INSTALLER"),
                    Map.of(AccessTokens.GRANT_CLAIM, 5L)));

    static Stream<Arguments> matrix() {
        return MATRIX.stream().flatMap(line -> {
            String[] parts = line.trim().split("\\s+");
            Set<Character> allowed = Arrays.stream(parts).skip(2).filter(p -> p.length() == 1)
                    .map(p -> p.charAt(0)).collect(Collectors.toSet());
            return Stream.of('A', 'O', 'I', 'S', 'G')
                    .map(caller -> Arguments.of(parts[0], parts[1], caller, allowed.contains(caller)));
        });
    }

    @ParameterizedTest(name = "{0} {1} as {2}: allowed={3}")
    @MethodSource("matrix")
    void everyCallerAgainstEveryEndpoint(String method, String path, char caller, boolean allowed) {
        Authentication authentication = caller == 'A' ? null : CALLERS.get(caller);

        ApiAccessRule.Decision decision = ApiAccessRule.decide(HttpMethod.parse(method), path, authentication);

        assertEquals(allowed, decision.allowed(), decision.reason());
        if (!allowed) {
            assertNotNull(decision.reason());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddTokens")
    void aTokenWithoutExactlyOneKnownRoleGetsNothingButTheOpenEndpoints(String label, Authentication token) {
        assertEquals(false, ApiAccessRule.decide(HttpMethod.GET, "/api/v1/settings", token).allowed());
        assertEquals(true, ApiAccessRule.decide(HttpMethod.GET, "/health", token).allowed());
    }

    static Stream<Arguments> oddTokens() {
        return Stream.of(
                Arguments.of("no role", Authentication.build("x", List.of())),
                Arguments.of("two roles", Authentication.build("x", List.of("OWNER", "SERVICE"))),
                Arguments.of("unknown role", Authentication.build("x", List.of("ADMIN"))),
                Arguments.of("lower case", Authentication.build("x", List.of("service"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusalReasons")
    void aRefusalSaysWhy(String request, Authentication caller, String reason) {
        String[] parts = request.split(" ");
        assertEquals(reason, ApiAccessRule.decide(HttpMethod.parse(parts[0]), parts[1], caller).reason());
    }

    static Stream<Arguments> refusalReasons() {
        return Stream.of(
                Arguments.of("POST /api/v1/access-grants", CALLERS.get('I'),
                        "The role INSTALLER may not use POST /api/v1/access-grants."),
                Arguments.of("POST /api/v1/users/me/password", CALLERS.get('G'),
                        "Temporary installer access has no password to change."),
                Arguments.of("GET /api/v1/nothing", CALLERS.get('S'),
                        "This method and path are not part of the API."));
    }
}
