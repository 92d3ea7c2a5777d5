package org.stationconfig.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.websocket.WebSocketClient;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import reactor.core.publisher.Mono;

/** The app's live events: only with a token, and every settings and status change arrives. */
@MicronautTest(transactional = false)
class EventStreamTest extends LoggedInApi {

    @Inject
    @Client("/")
    WebSocketClient webSockets;
    @Test
    void aLoggedInAppHearsSettingChangesAndTheStatusAsTheyHappen() throws Exception {
        String token = installer;
        EventsClient events = Mono.from(webSockets.connect(EventsClient.class,
                HttpRequest.GET("/api/v1/events").bearerAuth(token))).block(Duration.ofSeconds(10));

        api.call(HttpRequest.PATCH("/api/v1/settings", "{\"values\": {\"heartbeatInterval\": 123, \"enabled\": true}}")
                .contentType("application/json"), token);

        await().atMost(Duration.ofSeconds(10)).until(() -> events.received.stream()
                .anyMatch(m -> m.contains("\"type\":\"settings\"") && m.contains("heartbeatInterval")));
        await().atMost(Duration.ofSeconds(10)).until(() -> events.received.stream()
                .anyMatch(m -> m.contains("\"type\":\"status\"") && m.contains("NOT_CONFIGURED")));
        assertFalse(events.received.stream().anyMatch(m -> m.contains("installer-password")));
        events.close();
    }

    @Test
    void connectorAndTransactionChangesArriveAsTheyHappen() throws Exception {
        EventsClient events = Mono.from(webSockets.connect(EventsClient.class,
                HttpRequest.GET("/api/v1/events").bearerAuth(owner))).block(Duration.ofSeconds(10));
        api.call(HttpRequest.PATCH("/api/v1/settings", "{\"values\": {\"authorizationMode\": \"AUTO_START\"}}")
                .contentType("application/json"), installer);
        api.call(HttpRequest.POST("/api/v1/simulator/connectors/2/plug", ""), service);

        await().atMost(Duration.ofSeconds(10)).until(() -> events.received.stream()
                .anyMatch(m -> m.contains("\"type\":\"connector\"") && m.contains("\"connectorId\":2")));
        await().atMost(Duration.ofSeconds(10)).until(() -> events.received.stream()
                .anyMatch(m -> m.contains("\"type\":\"transaction\"") && m.contains("\"active\":true")));
        api.call(HttpRequest.POST("/api/v1/simulator/connectors/2/unplug", ""), service);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.received.stream()
                .anyMatch(m -> m.contains("\"type\":\"transaction\"") && m.contains("\"active\":false")));
        events.close();
    }

    @Test
    void withoutATokenTheUpgradeIsRefused() {
        assertThrows(RuntimeException.class, () -> Mono.from(webSockets.connect(EventsClient.class,
                HttpRequest.GET("/api/v1/events"))).block(Duration.ofSeconds(10)));
    }
}
