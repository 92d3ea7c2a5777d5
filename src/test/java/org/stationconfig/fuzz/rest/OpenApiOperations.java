package org.stationconfig.fuzz.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * Every operation of the published API document ({@code openapi/station-config.yml}) with its parameters and
 * request body schema ($refs resolved): what the bad-input suite attacks, so a new endpoint is attacked as soon as
 * it is in the document.
 */
final class OpenApiOperations {

    /** One parameter: its name, where it goes (path, query, header) and its schema. */
    record Parameter(String name, String in, Map<String, Object> schema) {
    }

    /** One operation; {@code bodyType} and {@code body} are null without a request body; the statuses it documents. */
    record Operation(String method, String path, List<Parameter> parameters, String bodyType, Map<String, Object> body,
                     java.util.Set<String> responses) {

        boolean hasInput() {
            return !parameters.isEmpty() || bodyType != null;
        }

        /** Operations on the caller's own credentials go last: an accepted hostile password must not end the run. */
        boolean onCredentials() {
            return path.startsWith("/api/v1/users/") || path.startsWith("/api/v1/auth/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private OpenApiOperations() {
    }

    @SuppressWarnings("unchecked")
    static List<Operation> read(Path document) throws IOException {
        Map<String, Object> root;
        try (InputStream in = Files.newInputStream(document)) {
            root = new Yaml().load(in);
        }
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) root.get("components")).get("schemas");
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Object>) root.get("paths")).forEach((path, item) ->
                ((Map<String, Object>) item).forEach((method, spec) -> {
                    if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                        return;
                    }
                    Map<String, Object> operation = (Map<String, Object>) spec;
                    List<Parameter> parameters = new ArrayList<>();
                    for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                        Map<String, Object> parameter = (Map<String, Object>) p;
                        parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                                resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of()), schemas)));
                    }
                    String bodyType = null;
                    Map<String, Object> body = null;
                    Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
                    if (requestBody != null) {
                        Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
                        Map.Entry<String, Object> first = content.entrySet().iterator().next();
                        bodyType = first.getKey();
                        body = resolve((Map<String, Object>) ((Map<String, Object>) first.getValue()).getOrDefault("schema", Map.of()), schemas);
                    }
                    java.util.Set<String> responses = ((Map<String, Object>) operation.getOrDefault("responses", Map.of())).keySet();
                    operations.add(new Operation(method.toUpperCase(), path, parameters, bodyType, body, responses));
                }));
        operations.sort(Comparator.comparing(Operation::onCredentials));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        Object ref = schema.get("$ref");
        if (ref == null && schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            ref = ((Map<String, Object>) all.get(0)).get("$ref");
        }
        if (ref instanceof String name) {
            return resolve((Map<String, Object>) schemas.get(name.substring(name.lastIndexOf('/') + 1)), schemas);
        }
        return schema;
    }
}
