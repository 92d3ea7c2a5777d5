package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;

/** A few rows of the access table over real HTTP; {@link ApiAccessRuleTest} covers the whole matrix. */
@MicronautTest(transactional = false)
class ApiAccessHttpTest extends LoggedInApi {


    @Test
    void protectedEndpointsWantAToken() {
        Api.Reply settings = api.call(HttpRequest.GET("/api/v1/settings")).assertProblem(401);
        assertEquals("Bearer", settings.headers().get("WWW-Authenticate"));
        api.call(HttpRequest.POST("/api/v1/simulator/connectors/1/plug", Map.of())).assertProblem(401);
        Api.Reply badToken = api.call(HttpRequest.GET("/api/v1/access-grants"), "not.a.token").assertProblem(401);
        assertEquals("Bearer error=\"invalid_token\"", badToken.headers().get("WWW-Authenticate"));
    }

    @Test
    void theOpenEndpointsNeedNoToken() {
        assertNotEquals(401, api.call(HttpRequest.GET("/health")).status());
        assertNotEquals(401, api.call(HttpRequest.GET("/swagger/station-config.yml")).status());
    }

    @Test
    void eachRoleReachesWhatTheTableAllows() {
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/access-grants"), owner).status());
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/access-grants"), service).status());
        Api.Reply forbidden = api.call(HttpRequest.GET("/api/v1/access-grants"), installer).assertProblem(403);
        assertEquals("The role INSTALLER may not use GET /api/v1/access-grants.", forbidden.detail());

        api.call(HttpRequest.POST("/api/v1/simulator/connectors/1/plug", Map.of()), installer).assertProblem(403);
        assertNotEquals(403, api.call(HttpRequest.POST("/api/v1/simulator/connectors/1/plug", Map.of()), service)
                .status(), "service passes the check (whatever the simulator then answers)");
    }

    @Test
    void whatIsNotInTheTableIsRefusedEvenToService() {
        Api.Reply reply = api.call(HttpRequest.GET("/api/v1/users"), service).assertProblem(403);
        assertEquals("This method and path are not part of the API.", reply.detail());
        api.call(HttpRequest.DELETE("/api/v1/settings"), service).assertProblem(403);
    }

    @Test
    void onlyTheStationsLoginHandsOutTokens() {
        // micronaut's /login is disabled in application.yml (and has no AuthenticationProvider); the rule refuses it too
        api.call(HttpRequest.POST("/login", Map.of("username", "owner", "password", "owner-password-1")))
                .assertProblem(401);
    }
}
