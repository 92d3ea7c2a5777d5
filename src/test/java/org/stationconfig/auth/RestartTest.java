package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the first start creates survives a restart unchanged. */
class RestartTest {

    @Test
    void accountsSigningKeyAndTokensSurviveARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("station-restart-");
        Map<String, Object> properties = Map.of("station.data-dir", dataDir.toString());
        Path credentials = dataDir.resolve(InitialAccounts.CREDENTIALS_FILE);
        Path key = dataDir.resolve(TokenSigningKey.KEY_FILE);

        String token;
        String grantToken;
        String revokedGrantToken;
        String firstCredentials;
        String firstKey;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
             HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            Api api = new Api(client, server.getApplicationContext().getBean(JsonMapper.class));
            firstCredentials = Files.readString(credentials);
            firstKey = Files.readString(key);
            token = api.token("owner", InitialAccountsTest.read(credentials).get("owner"));
            grantToken = grantedToken(api, token);
            revokedGrantToken = grantedToken(api, token);
            Map<?, ?> claims = SignedJWT.parse(revokedGrantToken).getJWTClaimsSet().getClaims();
            assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/access-grants/" + claims.get("grant")), token)
                    .status());
        }

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
             HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            Api api = new Api(client, server.getApplicationContext().getBean(JsonMapper.class));

            assertEquals(firstCredentials, Files.readString(credentials), "never regenerated");
            assertEquals(firstKey, Files.readString(key));
            assertEquals(200, api.login("owner", InitialAccountsTest.read(credentials).get("owner")).status());
            assertEquals(200, api.call(HttpRequest.GET("/api/v1/access-grants"), token).status(),
                    "a token from before the restart still works");
            assertEquals(403, api.call(HttpRequest.GET("/api/v1/access-grants"), grantToken).status(),
                    "a live grant's token is still valid (403: valid token, role INSTALLER)");
            assertEquals(401, api.call(HttpRequest.GET("/api/v1/access-grants"), revokedGrantToken).status(),
                    "a revoked grant stays revoked");
        }
    }

    private static String grantedToken(Api api, String ownerToken) {
        Api.Reply grant = api.call(HttpRequest.POST("/api/v1/access-grants", Map.of()), ownerToken);
        return api.token((String) grant.json().get("username"), (String) grant.json().get("password"));
    }
}
