package org.stationconfig.auth;

import org.stationconfig.CapturedLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;

/**
 * Captures every log line (root logger at DEBUG) from the very first start through login, failed logins, password
 * changes and a new access grant, and checks that no password appears in the log or in the audit log.
 * The context is started by hand so the capture is in place before the accounts are created.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretsNeverLoggedTest {

    private final CapturedLog log = new CapturedLog();
    private EmbeddedServer server;
    private HttpClient client;
    private Api api;
    private Path dataDir;

    @BeforeAll
    void startWithCapture() throws Exception {
        log.start();
        dataDir = Files.createTempDirectory("station-secrets-");
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("station.data-dir", dataDir.toString()), "test");
        client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        api = new Api(client, server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterAll
    void stop() {
        log.stop();
        client.close();
        server.close();
    }

    @Test
    void noPasswordReachesTheLogOrTheAuditLog() throws Exception {
        List<String> secrets = new ArrayList<>(InitialAccountsTest.read(dataDir.resolve("initial-credentials")).values());
        String owner = secrets.get(0);
        String service = secrets.get(2);

        String ownerToken = api.token("owner", owner);
        api.login("owner", "Wrong-Password-Attempt-1").assertProblem(401);
        api.login("Password-Typed-As-Username", "Wrong-Password-Attempt-2").assertProblem(401);
        assertEquals(204, api.call(HttpRequest.POST("/api/v1/users/me/password",
                Map.of("currentPassword", owner, "newPassword", "New-Owner-Password-1")), ownerToken).status());
        ownerToken = api.token("owner", "New-Owner-Password-1"); // the change ended every earlier token
        api.call(HttpRequest.POST("/api/v1/users/me/password",
                Map.of("currentPassword", "Wrong-Current-Password-3", "newPassword", "Unused-New-Password-4")),
                ownerToken).assertProblem(422);
        String serviceToken = api.token("service", service);
        assertEquals(204, api.call(HttpRequest.PUT("/api/v1/users/installer/password",
                Map.of("newPassword", "Set-By-Service-Password-5")), serviceToken).status());
        Api.Reply grant = api.call(HttpRequest.POST("/api/v1/access-grants", Map.of("label", "job")), ownerToken);
        assertEquals(201, grant.status());
        api.token((String) grant.json().get("username"), (String) grant.json().get("password"));
        secrets.addAll(List.of("Wrong-Password-Attempt-1", "Password-Typed-As-Username", "Wrong-Password-Attempt-2",
                "New-Owner-Password-1", "Wrong-Current-Password-3", "Unused-New-Password-4",
                "Set-By-Service-Password-5", (String) grant.json().get("password")));

        List<String> lines = log.lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("initial-credentials")), "the file's path is logged");
        for (String secret : secrets) {
            lines.forEach(line -> assertFalse(line.contains(secret), "a password in the log: " + line));
        }
        server.getApplicationContext().getBean(FailedLoginTally.class).flush(); // failed logins, aggregated
        List<AuditEntry> audit = server.getApplicationContext().getBean(AuditLog.class).page(null, 0, 500).getContent();
        assertTrue(audit.size() >= 8);
        for (String secret : secrets) {
            audit.forEach(entry -> assertFalse(entry.toString().contains(secret), "a password in the audit log"));
        }
    }
}
