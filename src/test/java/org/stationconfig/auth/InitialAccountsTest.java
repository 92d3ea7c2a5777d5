package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;

@MicronautTest(transactional = false)
class InitialAccountsTest extends TestDataDir {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    AuditLog auditLog;

    @Test
    void eachRoleGetsARandomPasswordInAnOwnerOnlyFile() throws Exception {
        Path file = dataDir().resolve("initial-credentials");

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Map<String, String> credentials = read(file);
        assertEquals(List.of("owner", "installer", "service"), List.copyOf(credentials.keySet()));
        credentials.values().forEach(password -> assertTrue(password.matches("[0-9A-Za-z]{24}"), "142 bits"));
        assertEquals(3, credentials.values().stream().distinct().count());
    }

    @Test
    void eachAccountLogsInWithItsRole() throws Exception {
        Api api = new Api(client, json);
        Map<String, String> credentials = read(dataDir().resolve("initial-credentials"));

        for (Map.Entry<String, String> account : credentials.entrySet()) {
            Api.Reply reply = api.login(account.getKey(), account.getValue());
            assertEquals(200, reply.status(), reply.body());
            assertEquals(account.getKey().toUpperCase(), reply.json().get("role"));
        }
    }

    @Test
    void theCreationIsAuditedWithoutPasswords() throws Exception {
        String message = auditLog.page(Category.ACCESS, 0, 100).getContent().stream()
                .filter(e -> e.event().equals("ACCOUNTS_CREATED")).findFirst().orElseThrow().message();

        assertTrue(message.contains("initial-credentials"), message);
        read(dataDir().resolve("initial-credentials")).values()
                .forEach(password -> assertTrue(!message.contains(password)));
    }

    static Map<String, String> read(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(line -> line.split(":", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
