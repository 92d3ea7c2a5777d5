package org.stationconfig.apidoc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import org.stationconfig.auth.DocumentedAccess;
import org.stationconfig.auth.Role;

/**
 * Every operation of the published document called over real HTTP with each cause of an error answer its
 * documentation claims (no token, a role it refuses, malformed JSON, another media type, a body over 1 MB, a value
 * of the wrong type in a parameter, an id that does not exist): the station answers the documented status, and
 * that status is listed for the operation. A status the document promises but the station never gives fails too.
 */
@MicronautTest(transactional = false)
class DocumentedStatusesTest extends LoggedInApi {

    private static final byte[] OVER_ONE_MEGABYTE = ("{\"x\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    @Inject
    EmbeddedServer server;

    // HTTP/1.1 as the apps speak it; the JDK client's h2c upgrade of a refused multipart upload never completes
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private OpenAPI document;
    private final List<String> failures = new ArrayList<>();
    private String temporaryInstaller;

    /** One call meant to cause {@code expected}. */
    private record Probe(String cause, String expected, String token, String target, String contentType, byte[] body) {
    }

    @Test
    void everyOperationAnswersEachDocumentedCauseWithItsDocumentedStatus() throws Exception {
        temporaryInstaller = temporaryInstallerToken();
        int probes = 0;
        document = CommittedDocument.read();
        for (CommittedDocument.Entry entry : CommittedDocument.operations(document)) {
            for (Probe probe : probes(entry)) {
                probes++;
                send(entry, probe);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + probes + " probes:\n  " + String.join("\n  ", failures));
        assertTrue(probes >= 50, "only " + probes + " probes: is the document complete?");
    }

    private List<Probe> probes(CommittedDocument.Entry entry) {
        DocumentedAccess.Access access = DocumentedAccess.of(entry.method(), entry.path()).orElseThrow();
        List<Parameter> parameters = entry.operation().getParameters() == null ? List.of() : entry.operation().getParameters();
        String target = fill(entry.path(), parameters, null);
        boolean body = entry.operation().getRequestBody() != null;
        boolean multipart = body && entry.operation().getRequestBody().getContent().containsKey("multipart/form-data");
        String bodyType = body ? (multipart ? "multipart/form-data; boundary=b" : "application/json") : null;
        byte[] plausible = body ? (multipart ? "--b--\r\n" : "{}").getBytes(StandardCharsets.UTF_8) : null;
        List<Probe> probes = new ArrayList<>();
        if (!access.anonymous()) {
            probes.add(new Probe("no token", "401", null, target, bodyType, plausible));
        }
        if (access.restricted()) {
            String refused = refusedToken(access);
            probes.add(new Probe("a refused caller", "403", refused, target, bodyType, plausible));
        }
        if (body) {
            probes.add(new Probe("a body as text/plain", "415", service, target, "text/plain",
                    "{}".getBytes(StandardCharsets.UTF_8)));
            if (!multipart) {
                probes.add(new Probe("malformed JSON", "400", service, target, "application/json",
                        "{\"values\": ".getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (body) {
            probes.add(new Probe("a body over 1 MB", "413", service, target, bodyType, OVER_ONE_MEGABYTE));
        }
        for (Parameter parameter : parameters) {
            String type = parameter.getSchema() == null ? null : parameter.getSchema().getType();
            if ("query".equals(parameter.getIn()) && type != null && !"string".equals(type)) {
                probes.add(new Probe(parameter.getName() + "=abc", "400", service,
                        target + "?" + parameter.getName() + "=abc", bodyType, plausible));
            }
            if ("path".equals(parameter.getIn())) {
                // with a body that is valid, so that it is the id that is refused
                byte[] valid = body && !multipart ? validBody(entry) : plausible;
                probes.add(new Probe("no such " + parameter.getName(), "404", service,
                        fill(entry.path(), parameters, parameter.getName()), bodyType, valid));
            }
        }
        return probes;
    }

    private void send(CommittedDocument.Entry entry, Probe probe) throws IOException, InterruptedException {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.getPort() + probe.target()))
                .timeout(Duration.ofSeconds(10))
                .method(entry.method(), probe.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(probe.body()));
        if (probe.token() != null) {
            request.header("Authorization", "Bearer " + probe.token());
        }
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        Set<String> listed = entry.operation().getResponses().keySet();
        int status;
        try {
            // a body over 1 MB goes on a connection of its own: see OversizedUploadConnectionTest
            HttpClient client = probe.expected().equals("413") ? HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build() : http;
            status = client.send(request.build(), BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            failures.add(entry + " with " + probe.cause() + ": no answer (" + e + ")");
            return;
        }
        // an unknown id may be refused for another listed reason first (e.g. 422 for a command it cannot take)
        boolean listedRefusal = probe.cause().startsWith("no such ") && status >= 400 && status < 500
                && listed.contains(String.valueOf(status));
        if (!String.valueOf(status).equals(probe.expected()) && !listedRefusal) {
            failures.add(entry + " with " + probe.cause() + ": answered " + status + ", documented " + probe.expected()
                    + (listed.contains(String.valueOf(status)) ? "" : " (and " + status + " is not listed)"));
        } else if (!listed.contains(probe.expected())) {
            failures.add(entry + " with " + probe.cause() + ": answered " + status + ", which the document does not list");
        }
    }

    /** A token of a caller the access table refuses: a role it does not name, or temporary installer access. */
    private String refusedToken(DocumentedAccess.Access access) {
        for (Role role : List.of(Role.OWNER, Role.INSTALLER, Role.SERVICE)) {
            if (!access.roles().contains(role)) {
                return switch (role) {
                    case OWNER -> owner;
                    case INSTALLER -> installer;
                    case SERVICE -> service;
                };
            }
        }
        return temporaryInstaller;
    }

    private String temporaryInstallerToken() {
        Map<String, Object> grant = api.call(HttpRequest.POST("/api/v1/access-grants", Map.of()), owner).json();
        return api.token((String) grant.get("username"), (String) grant.get("password"));
    }

    /** A body of the operation's schema: every property with its example, or a value of its type. */
    private byte[] validBody(CommittedDocument.Entry entry) {
        Schema<?> schema = schema(entry.operation().getRequestBody().getContent().get("application/json").getSchema());
        Map<String, Object> body = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                Schema<?> resolved = schema(property);
                body.put(name, value(resolved));
            });
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object value(Schema<?> schema) {
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(schema.getEnum().size() - 1);
        }
        return switch (String.valueOf(schema.getType())) {
            case "boolean" -> true;
            case "integer", "number" -> 1;
            case "array" -> List.of(value(schema(schema.getItems())));
            default -> "Valid-Value-1234";
        };
    }

    private Schema<?> schema(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return schema(document.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)));
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return schema(schema.getAllOf().get(0));
        }
        return schema;
    }

    /** The path with plausible values, or one that names nothing for {@code missing}. */
    private static String fill(String path, List<Parameter> parameters, String missing) {
        String filled = path;
        for (Parameter parameter : parameters) {
            if (!"path".equals(parameter.getIn())) {
                continue;
            }
            boolean numeric = parameter.getSchema() != null && "integer".equals(parameter.getSchema().getType());
            String value = parameter.getName().equals(missing) ? (numeric ? "999999" : "noSuchThing")
                    : numeric ? "1" : switch (parameter.getName()) {
                        case "name" -> "owner";
                        case "key" -> "heartbeatInterval";
                        default -> "x";
                    };
            filled = filled.replace("{" + parameter.getName() + "}", value);
        }
        return filled;
    }
}
