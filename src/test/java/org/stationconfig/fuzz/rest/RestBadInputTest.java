package org.stationconfig.fuzz.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import org.stationconfig.fuzz.FuzzReport;
import org.stationconfig.settings.SettingsStore;

/**
 * The REST API attacked with bad input generated from the published API document (issue 11): for every operation
 * with parameters or a body, every parameter and every body field (and every setting of the settings patch) gets
 * wrong types, out-of-range and unrepresentable numbers ({@code 1e-400}, {@code 1e999999999}), hostile and huge
 * strings, deep nesting, malformed and oversized bodies and unknown fields, sent as SERVICE, the most privileged
 * role, over real HTTP. No answer is a 5xx, every refusal is application/problem+json of bounded size, and a
 * refused request changes nothing: settings, audit log, outbox, certificates, grants and permissions read the same
 * before and after. New endpoints are attacked as soon as they are in {@code openapi/}.
 * <p>The figures are printed and written to {@code target/fuzz/rest.txt}.
 */
@MicronautTest(transactional = false)
class RestBadInputTest extends LoggedInApi {

    static final long SEED = Long.getLong("fuzz.seed", 20261207L);
    /** Every hostile value at every field ({@code -Pfuzz}); by default a seeded sample of them, to keep CI quick. */
    static final boolean FULL = Boolean.getBoolean("fuzz.rest.full");
    /** An error never echoes an unbounded value: its document stays small whatever was sent. */
    static final int MAX_PROBLEM_BYTES = 16_384;

    @Inject
    EmbeddedServer server;
    @Inject
    SettingsStore settings;

    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Random random = new Random(SEED);
    private int requests;
    private String lastFamily;
    private String lastState;
    private long slowestMillis;

    private record Reply(int status, String contentType, String body) {
    }

    @Test
    void everyOperationRefusesHostileInputWithoutServerErrorsOrPartialWrites() throws Exception {
        List<OpenApiOperations.Operation> operations = OpenApiOperations.read(Path.of("openapi", "station-config.yml"));
        List<String> settingKeys = settingKeys();
        long started = System.nanoTime();
        int attacked = 0;
        for (OpenApiOperations.Operation operation : operations) {
            if (!operation.hasInput()) {
                continue;
            }
            attacked++;
            for (Attack attack : attacks(operation, settingKeys)) {
                send(operation, attack);
            }
        }
        String report = "REST bad input, seed " + SEED + "\n"
                + "operations in openapi/: " + operations.size() + ", with parameters or a body (attacked): " + attacked + "\n"
                + "requests: " + requests + "\n"
                + "answers by status: " + byStatus + "\n"
                + "slowest answer: " + slowestMillis + " ms\n"
                + "duration: " + (System.nanoTime() - started) / 1_000_000_000 + " s\n"
                + "failures: " + failures.size() + (failures.isEmpty() ? "" : "\n  " + String.join("\n  ", failures)) + "\n";
        System.out.println(report);
        FuzzReport.write("rest.txt", report);
        assertTrue(failures.isEmpty(), report);
        assertTrue(byStatus.keySet().stream().noneMatch(status -> status >= 500), report);
    }

    /** One hostile request: the path with its parameters filled in, a header, a body. */
    private record Attack(String what, String path, String query, String ifMatch, String contentType, byte[] body,
                          String settingKey) {

        Attack(String what, String path, String query, String ifMatch, String contentType, byte[] body) {
            this(what, path, query, ifMatch, contentType, body, null);
        }
    }

    private List<Attack> attacks(OpenApiOperations.Operation operation, List<String> settingKeys) {
        List<Attack> attacks = new ArrayList<>();
        String basePath = fill(operation, null, null);
        byte[] baseBody = operation.bodyType() == null ? null : "{}".getBytes(StandardCharsets.UTF_8);
        String baseType = operation.bodyType() == null ? null
                : operation.bodyType().startsWith("multipart") ? null : "application/json";
        for (OpenApiOperations.Parameter parameter : operation.parameters()) {
            switch (parameter.in()) {
                case "path" -> HostileInputs.PATH_VALUES.forEach(value -> attacks.add(new Attack(parameter.name() + "=" + cut(value),
                        fill(operation, parameter.name(), value), "", null, baseType, baseBody)));
                case "query" -> HostileInputs.QUERY_VALUES.forEach(value -> attacks.add(new Attack(parameter.name() + "=" + cut(value),
                        basePath, "?" + parameter.name() + "=" + value, null, baseType, baseBody)));
                case "header" -> HostileInputs.HEADER_VALUES.forEach(value -> attacks.add(new Attack(parameter.name() + ": " + cut(value),
                        basePath, "", value, baseType, baseBody)));
                default -> { }
            }
        }
        if (operation.bodyType() == null) {
            return attacks;
        }
        if (operation.bodyType().startsWith("multipart")) {
            attacks.addAll(multipart(operation, basePath));
            return attacks;
        }
        for (String body : HostileInputs.BODIES) {
            attacks.add(new Attack("body " + cut(body), basePath, "", null, "application/json", bytes(body)));
        }
        attacks.add(new Attack("body as text/plain", basePath, "", null, "text/plain", bytes("{}")));
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) operation.body().getOrDefault("properties", Map.of());
        for (String property : properties.keySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> schema = (Map<String, Object>) properties.get(property);
            if (schema.get("additionalProperties") != null) {
                // a map of settings: every setting the station has gets hostile values
                boolean dials = operation.path().contains("connection-test");
                for (String key : settingKeys) {
                    for (String value : FULL ? HostileInputs.SETTING_VALUES : sample(HostileInputs.SETTING_VALUES, dials ? 1 : 2)) {
                        attacks.add(new Attack(property + "." + key + "=" + cut(value), basePath, "", null, "application/json",
                                bytes("{\"" + property + "\":{\"" + key + "\":" + value + "}}"), key));
                    }
                }
            }
            for (String value : FULL ? HostileInputs.JSON_VALUES : sample(HostileInputs.JSON_VALUES, 10)) {
                attacks.add(new Attack(property + "=" + cut(value), basePath, "", null, "application/json",
                        bytes("{\"" + property + "\":" + value + "}")));
            }
        }
        return attacks;
    }

    private List<Attack> multipart(OpenApiOperations.Operation operation, String path) {
        List<Attack> attacks = new ArrayList<>();
        List<List<String[]>> forms = List.of(
                List.of(),
                List.<String[]>of(new String[]{"use", "CentralSystemRootCertificate"}),
                List.<String[]>of(new String[]{"file", "garbage"}),
                List.<String[]>of(new String[]{"use", "NoSuchUse"}, new String[]{"file", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"}),
                List.<String[]>of(new String[]{"use", ""}, new String[]{"file", ""}),
                List.<String[]>of(new String[]{"use", "x".repeat(100_000)}, new String[]{"file", "x"}),
                List.<String[]>of(new String[]{"use", "CentralSystemRootCertificate"}, new String[]{"file", "\u0000".repeat(5000)}),
                List.<String[]>of(new String[]{"use", "ManufacturerRootCertificate"}, new String[]{"file", "x".repeat(1_500_000)}),
                List.<String[]>of(new String[]{"use", "ChargePointCertificate"}, new String[]{"file", "garbage"},
                        new String[]{"key", "garbage"}, new String[]{"password", "x".repeat(10_000)}));
        for (List<String[]> form : forms) {
            String boundary = "fuzz" + random.nextInt(1_000_000);
            StringBuilder body = new StringBuilder();
            for (String[] part : form) {
                body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(part[0]).append('"')
                        .append(part[0].equals("file") || part[0].equals("key") ? "; filename=\"f.pem\"" : "")
                        .append("\r\n\r\n").append(part[1]).append("\r\n");
            }
            body.append("--").append(boundary).append("--\r\n");
            attacks.add(new Attack("multipart " + form.stream().map(p -> p[0] + "=" + cut(p[1])).toList(), path, "", null,
                    "multipart/form-data; boundary=" + boundary, bytes(body.toString())));
        }
        attacks.add(new Attack("multipart, not multipart", path, "", null, "multipart/form-data; boundary=x", bytes("{}")));
        return attacks;
    }

    private void send(OpenApiOperations.Operation operation, Attack attack) throws Exception {
        boolean auditedOnPurpose = operation.onCredentials() || operation.path().contains("connection-test");
        String family = operation.path() + auditedOnPurpose;
        // the state after a refused request is the state before the next one of the same family
        String before = family.equals(lastFamily) && lastState != null ? lastState : settled(operation, auditedOnPurpose);
        lastFamily = family;
        lastState = null;
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + service);
        if (attack.contentType() != null && attack.body() != null) {
            headers.put("Content-Type", attack.contentType());
        }
        if (attack.ifMatch() != null) {
            headers.put("If-Match", attack.ifMatch());
        }
        long started = System.nanoTime();
        RawHttp.Answer answer = RawHttp.exchange(server.getPort(), operation.method(), attack.path() + attack.query(),
                headers, attack.body());
        Reply reply = new Reply(answer.status(), answer.contentType(), answer.body());
        if (reply.status() == 0) {
            failures.add(operation + " " + attack.what() + ": no answer");
            return;
        }
        slowestMillis = Math.max(slowestMillis, (System.nanoTime() - started) / 1_000_000);
        requests++;
        if (requests % 250 == 0) {
            System.out.println("REST bad input: " + requests + " requests, " + byStatus);
        }
        byStatus.merge(reply.status(), 1, Integer::sum);
        String what = operation + " " + attack.what() + " -> " + reply.status() + " " + cut(reply.body());
        if (reply.status() >= 500) {
            failures.add("server error: " + what);
        } else if (reply.status() >= 400) {
            // a path value holding %2F addresses another path, which the access table refuses as not part of the API
            boolean sameOperation = java.net.URLDecoder.decode(attack.path(), StandardCharsets.UTF_8).split("/").length
                    == operation.path().split("/").length;
            if (sameOperation && !operation.responses().contains(String.valueOf(reply.status()))) {
                failures.add("a status openapi/ does not list for the operation: " + what);
            }
            if (!reply.contentType().startsWith("application/problem+json")) {
                failures.add("not a problem document: " + what);
            } else if (reply.body().length() > MAX_PROBLEM_BYTES) {
                failures.add("the problem echoes too much (" + reply.body().length() + " chars): " + what);
            }
            String after = snapshot(operation, auditedOnPurpose);
            if (!before.equals(after)) {
                failures.add("a refused request changed something: " + what + "\n    " + difference(before, after));
            }
            lastState = after;
        } else if (operation.method().equals("PATCH") && operation.path().equals("/api/v1/settings")
                && attack.settingKey() != null) {
            // an accepted hostile value (a URL that parses, enabled = true) would set the station dialling and
            // writing on its own: back to the default before the next attack, so what follows is the attack's doing
            RawHttp.exchange(server.getPort(), "PATCH", "/api/v1/settings", Map.of("Authorization", "Bearer " + service,
                    "Content-Type", "application/json"), bytes("{\"values\":{\"" + attack.settingKey() + "\":null}}"));
        }
    }

    /**
     * What a refused request must leave as it was, read over the API; the settings by their version (what the
     * settings GET reports as its ETag), which every write of any setting moves on.
     */
    private String snapshot(OpenApiOperations.Operation operation, boolean auditedOnPurpose) throws Exception {
        StringBuilder state = new StringBuilder("settings version " + settings.current().version() + "\n");
        if (!auditedOnPurpose) {
            state.append(auditWithoutRefusals());
        }
        String path = operation.path();
        if (path.startsWith("/api/v1/certificates")) {
            state.append(get("/api/v1/certificates"));
        } else if (path.startsWith("/api/v1/outbox")) {
            state.append(get("/api/v1/outbox?size=50"));
        } else if (path.startsWith("/api/v1/access-grants")) {
            state.append(get("/api/v1/access-grants"));
        } else if (path.startsWith("/api/v1/permissions")) {
            state.append(get("/api/v1/permissions"));
        } else if (path.startsWith("/api/v1/simulator/firmware")) {
            state.append(get("/api/v1/simulator/firmware"));
        }
        return state.toString();
    }

    /**
     * The state once the station has done what an accepted request set off on its own threads (a security event
     * for a changed security setting is recorded on the OCPP thread): two readings 200 ms apart that agree.
     */
    private String settled(OpenApiOperations.Operation operation, boolean auditedOnPurpose) {
        String[] last = {null};
        return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).atMost(Duration.ofSeconds(15))
                .until(() -> {
                    String previous = last[0];
                    last[0] = snapshot(operation, auditedOnPurpose);
                    return previous != null && previous.equals(last[0]) ? last[0] : null;
                }, java.util.Objects::nonNull);
    }

    /**
     * The newest audit entry, not counting the records of refusals themselves (e.g. CERTIFICATE_REFUSED): a station
     * audits a refused certificate on purpose, that is the record of the attack, not a write it let through.
     */
    @SuppressWarnings("unchecked")
    private String auditWithoutRefusals() throws Exception {
        String page = get("/api/v1/audit?size=100");
        Map<String, Object> parsed = json.readValue(page.substring(page.indexOf(' ') + 1), Argument.mapOf(String.class, Object.class));
        // the newest entry that is not a refusal: any write a refused request let through would be newer
        return ((List<Map<String, Object>>) parsed.get("items")).stream()
                .filter(entry -> !String.valueOf(entry.get("event")).endsWith("_REFUSED"))
                .findFirst().map(Object::toString).orElse("no entries");
    }

    private String get(String path) throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(server.getPort(), "GET", path, Map.of("Authorization", "Bearer " + service), null);
        return answer.status() + " " + answer.body();
    }

    @SuppressWarnings("unchecked")
    private List<String> settingKeys() throws Exception {
        String page = get("/api/v1/settings");
        Map<String, Object> parsed = json.readValue(page.substring(page.indexOf(' ') + 1), Argument.mapOf(String.class, Object.class));
        List<String> keys = new ArrayList<>(((List<Map<String, Object>>) parsed.get("settings")).stream()
                .map(setting -> (String) setting.get("key")).toList());
        keys.add("noSuchSetting");
        return keys;
    }

    private String fill(OpenApiOperations.Operation operation, String hostileName, String hostileValue) {
        String path = operation.path();
        for (OpenApiOperations.Parameter parameter : operation.parameters()) {
            if ("path".equals(parameter.in())) {
                String value = parameter.name().equals(hostileName) ? hostileValue : plausible(parameter.name());
                path = path.replace("{" + parameter.name() + "}", value);
            }
        }
        return path;
    }

    /** A value that reads well but names nothing that exists: the hostile part is elsewhere. */
    private static String plausible(String name) {
        return switch (name) {
            case "key" -> "heartbeatInterval";
            case "name" -> "nobody";
            default -> "987654";
        };
    }

    private List<String> sample(List<String> values, int count) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(values.get(random.nextInt(values.size())));
        }
        return picked;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getPort();
    }

    private static String difference(String before, String after) {
        int at = 0;
        while (at < Math.min(before.length(), after.length()) && before.charAt(at) == after.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 80);
        return "before: " + before.substring(from, Math.min(before.length(), at + 160)).replace('\n', ' ')
                + "\n    after:  " + after.substring(from, Math.min(after.length(), at + 160)).replace('\n', ' ');
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…(" + text.length() + ")";
    }
}
