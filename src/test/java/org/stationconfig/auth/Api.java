package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Plain HTTP calls for the tests: any status is an answer, bodies as text and as a JSON map. */
public final class Api {

    private final HttpClient client;
    private final JsonMapper json;

    public Api(HttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    public Reply call(MutableHttpRequest<?> request) {
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        String body = response.getBody(String.class).orElse(null);
        return new Reply(response.code(), body, parse(body), response.getHeaders(),
                response.getContentType().map(MediaType::toString).orElse(null));
    }

    public Reply call(MutableHttpRequest<?> request, String token) {
        return call(request.bearerAuth(token));
    }

    public Reply login(String username, String password) {
        return call(HttpRequest.POST("/api/v1/auth/login", Map.of("username", username, "password", password)));
    }

    /** The access token of a login that must succeed. */
    public String token(String username, String password) {
        Reply reply = login(username, password);
        assertEquals(200, reply.status(), reply.body());
        return (String) reply.json().get("access_token");
    }

    private Map<String, Object> parse(String body) {
        if (body == null || body.isBlank() || !(body.startsWith("{"))) {
            return Map.of();
        }
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Reply(int status, String body, Map<String, Object> json, HttpHeaders headers, String contentType) {

        /** Asserts an RFC 9457 problem with this status, without framework or exception text. */
        public Reply assertProblem(int expectedStatus) {
            assertEquals(expectedStatus, status, body);
            assertEquals("application/problem+json", contentType, body);
            assertEquals(expectedStatus, ((Number) json.get("status")).intValue(), body);
            assertFalse(body.contains("Exception") || body.contains("io.micronaut") || body.contains("at org."),
                    body);
            return this;
        }

        public String detail() {
            return (String) json.get("detail");
        }
    }
}
