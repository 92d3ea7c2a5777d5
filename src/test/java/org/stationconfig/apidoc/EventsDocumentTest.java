package org.stationconfig.apidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The AsyncAPI document of the live events ({@code openapi/station-config-events.asyncapi.yml}) names every event
 * type the service can send (every {@code new LiveEvent("<type>", ...)} in the main sources) with the fields its
 * data really has (the components of the Java record it is made from), and the OpenAPI document points to it.
 */
class EventsDocumentTest {

    static final Path ASYNCAPI = Path.of("openapi", EventsOperation.ASYNCAPI_FILE);
    private static final Pattern SENT_TYPE = Pattern.compile("new LiveEvent\\(\\s*\"([^\"]+)\"");

    @Test
    void everyEventTypeTheServiceSendsIsDocumented() throws IOException {
        Set<String> sent = sentTypes();
        assertFalse(sent.isEmpty(), "no LiveEvent found in src/main/java");
        Map<String, Object> document = asyncApi();
        Set<String> documented = new TreeSet<>(messages(document).keySet());
        Set<String> inChannel = new TreeSet<>();
        for (Object ref : (List<?>) at(document, "channels", "/api/v1/events", "subscribe", "message", "oneOf")) {
            String name = (String) ((Map<?, ?>) ref).get("$ref");
            inChannel.add(name.substring(name.lastIndexOf('/') + 1));
        }
        assertEquals(sent, documented, "event types sent (left) and described in " + ASYNCAPI + " (right)");
        assertEquals(documented, inChannel, "every message belongs to the channel");
    }

    @Test
    void everyEventsDataHasTheFieldsOfWhatTheServiceSends() throws Exception {
        Map<String, Object> document = asyncApi();
        Map<String, Object> openApiSchemas = at(openApi(), "components", "schemas");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Object> message : messages(document).entrySet()) {
            Map<String, Object> spec = cast(message.getValue());
            Map<String, Object> payload = resolve(cast(spec.get("payload")), document, openApiSchemas);
            Map<String, Object> properties = cast(payload.get("properties"));
            assertEquals(Set.of("type", "at", "data"), properties.keySet(), message.getKey());
            assertEquals(message.getKey(), cast(properties.get("type")).get("const"), message.getKey() + ": type");
            Map<String, Object> data = resolve(cast(properties.get("data")), document, openApiSchemas);
            Set<String> fields = new TreeSet<>(cast(data.get("properties")).keySet());
            Class<?> sent = Class.forName((String) spec.get("x-java-payload"));
            assertTrue(sent.isRecord(), sent + " is not a record");
            Set<String> components = Arrays.stream(sent.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!components.equals(fields)) {
                failures.add(message.getKey() + ": " + sent.getSimpleName() + " has " + components + ", the document "
                        + fields);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theOpenApiDocumentPointsToTheEventsDocument() throws IOException {
        Map<String, Object> events = at(openApi(), "paths", EventsOperation.PATH, "get");
        assertTrue(((String) events.get("description")).contains(EventsOperation.ASYNCAPI_FILE));
        assertTrue(Files.exists(ASYNCAPI));
    }

    private static Set<String> sentTypes() throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = SENT_TYPE.matcher(Files.readString(file));
                while (matcher.find()) {
                    types.add(matcher.group(1));
                }
            }
        }
        return types;
    }

    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> document,
                                               Map<String, Object> openApiSchemas) {
        Object ref = schema.get("$ref");
        if (!(ref instanceof String pointer)) {
            return schema;
        }
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (pointer.startsWith("#/components/schemas/")) {
            return resolve(at(document, "components", "schemas", name), document, openApiSchemas);
        }
        if (pointer.startsWith("station-config.yml#/components/schemas/")) {
            return cast(openApiSchemas.get(name));
        }
        throw new IllegalStateException("unexpected $ref " + pointer);
    }

    private static Map<String, Object> messages(Map<String, Object> document) {
        return at(document, "components", "messages");
    }

    private static Map<String, Object> asyncApi() throws IOException {
        try (InputStream in = Files.newInputStream(ASYNCAPI)) {
            return new Yaml().load(in);
        }
    }

    private static Map<String, Object> openApi() throws IOException {
        try (InputStream in = Files.newInputStream(CommittedDocument.FILE)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> root, String... path) {
        Object node = root;
        for (String step : path) {
            node = ((Map<String, Object>) node).get(step);
            if (node == null) {
                throw new AssertionError("missing " + String.join(" > ", path));
            }
        }
        return (T) node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object node) {
        return (Map<String, Object>) node;
    }
}
