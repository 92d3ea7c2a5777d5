package org.stationconfig.settings.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stationconfig.LoggedInApi;
import org.stationconfig.auth.Api;

/**
 * Issue 11, hole 3 over real HTTP: out-of-range numbers gave 500, and {@code 1e-400} was stored as 0. Each is now
 * a 422 naming the setting, with a short message, and nothing is stored.
 */
@MicronautTest(transactional = false)
class HostileNumbersApiTest extends LoggedInApi {

    private Api.Reply patch(String body) {
        return api.call(HttpRequest.PATCH("/api/v1/settings", body).contentType(MediaType.APPLICATION_JSON_TYPE), service);
    }

    @SuppressWarnings("unchecked")
    private Object value(String key) {
        Api.Reply settings = api.call(HttpRequest.GET("/api/v1/settings"), service);
        return ((List<Map<String, Object>>) settings.json().get("settings")).stream()
                .filter(s -> s.get("key").equals(key)).findFirst().orElseThrow().get("value");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "fallbackLimit | 1e-400",
            "fallbackLimit | -1e-400",
            "fallbackLimit | 1e999",
            "fallbackLimit | 1e999999999",
            "fallbackLimit | 1.0e-999999999",
            "fallbackLimit | 123456789012345678901234567890",
            "heartbeatInterval | 1e999",
            "heartbeatInterval | 1e-400",
            "heartbeatInterval | 123456789012345678901234567890",
            "heartbeatInterval | 1E+2147483647",
            "heartbeatInterval | -1",
            "heartbeatInterval | 2.5",
    })
    void anOutOfRangeNumberIsA422AndNothingIsStored(String key, String number) {
        Object before = value(key);
        Api.Reply refused = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> patch("{\"values\": {\"" + key + "\": " + number + "}}"));
        refused.assertProblem(422);
        assertTrue(refused.body().contains(key), refused.body());
        assertTrue(refused.body().length() < 1000, "the value is not echoed whole: " + refused.body().length());
        assertEquals(before, value(key), "nothing stored");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a number of 5000 digits | {\"values\": {\"heartbeatInterval\": 1%s}}",
            "nesting 10000 deep | {\"values\": {\"meterValuesSampledData\": %s}}",
            "duplicate key | {\"values\": {\"heartbeatInterval\": 60, \"heartbeatInterval\": 70}}%s",
    })
    void anUnreadableBodyIsA400(String name, String template) {
        String filler = name.startsWith("a number") ? "0".repeat(4999)
                : name.startsWith("nesting") ? "[".repeat(10_000) + "]".repeat(10_000) : "";
        patch(template.formatted(filler)).assertProblem(400);
    }
}
