package org.stationconfig.station.tags;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.websocket.WebSocketClient;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;
import org.stationconfig.events.EventsClient;
import org.stationconfig.station.StationScenario;
import reactor.core.publisher.Mono;

/**
 * Learn mode (issue 14): the next presented tag is captured for naming, announced on the live events and does not
 * charge, even where any tag would; it ends with the capture or after its time, and then tags charge again.
 */
@MicronautTest(transactional = false)
class TagLearningTest extends StationScenario {

    private static final Duration QUIET = Duration.ofSeconds(2);

    @Inject
    LocalTagRepository repository;
    @Inject
    @Client("/")
    WebSocketClient webSockets;

    @AfterEach
    void learningOffAndTagsGone() {
        api.call(HttpRequest.DELETE("/api/v1/local-tag-learning"), service);
        repository.deleteAll();
    }

    @Test
    void theNextPresentedTagIsCapturedAnnouncedAndDoesNotCharge() throws Exception {
        String owner = api.token("owner", "owner-password-1");
        set(Map.of("authorizationMode", "ANY_TAG")); // any tag would charge, were it not learn mode
        EventsClient events = Mono.from(webSockets.connect(EventsClient.class,
                HttpRequest.GET("/api/v1/events").bearerAuth(owner))).block(Duration.ofSeconds(10));
        Api.Reply on = api.call(HttpRequest.POST("/api/v1/local-tag-learning", Map.of()), owner);
        assertEquals(200, on.status(), on.body());
        assertEquals(true, on.json().get("active"));

        plug(1);
        tag(1, "NEW-FOB");
        await().atMost(WITHIN).until(() -> events.received.stream()
                .anyMatch(m -> m.contains("\"type\":\"localTagCaptured\"") && m.contains("NEW-FOB")));
        Map<String, Object> state = learning(owner);
        assertEquals(false, state.get("active"), "one capture ends learn mode");
        @SuppressWarnings("unchecked")
        Map<String, Object> captured = (Map<String, Object>) state.get("captured");
        assertEquals("NEW-FOB", captured.get("idTag"));
        assertEquals(1, ((Number) captured.get("connectorId")).intValue());
        assertEquals(false, captured.get("known"));
        await().during(QUIET).atMost(WITHIN).until(() -> !charging(1));

        Api.Reply named = api.call(HttpRequest.POST("/api/v1/local-tags", Map.of("idTag", captured.get("idTag"),
                "name", "Garage fob")), owner);
        assertEquals(201, named.status(), named.body());
        tag(1, "NEW-FOB");
        awaitStatus(1, "Charging"); // learn mode is over: the next presentation charges
        events.close();
    }

    @Test
    void learnModeEndsAfterItsTimeAndTagsChargeAgain() {
        String installer = api.token("installer", "installer-password-1");
        set(Map.of("authorizationMode", "ANY_TAG"));
        assertEquals(200, api.call(HttpRequest.POST("/api/v1/local-tag-learning", Map.of("seconds", 1)), installer)
                .status());
        await().atMost(WITHIN).until(() -> Boolean.FALSE.equals(learning(installer).get("active")));
        plug(2);
        tag(2, "LATE-FOB");
        awaitStatus(2, "Charging");
        assertNull(learning(installer).get("captured"), "nothing was captured after the time");
    }

    @Test
    void aLearnTimeOutOfBoundsIsRefusedAndLearnModeStaysOff() {
        String owner = api.token("owner", "owner-password-1");
        api.call(HttpRequest.POST("/api/v1/local-tag-learning", Map.of("seconds", 0)), owner).assertProblem(422);
        api.call(HttpRequest.POST("/api/v1/local-tag-learning", Map.of("seconds", 121)), owner).assertProblem(422);
        assertEquals(false, learning(owner).get("active"));
    }

    @Test
    void switchingLearnModeOffLetsTheNextTagCharge() {
        String owner = api.token("owner", "owner-password-1");
        set(Map.of("authorizationMode", "ANY_TAG"));
        api.call(HttpRequest.POST("/api/v1/local-tag-learning", Map.of()), owner);
        assertEquals(false, api.call(HttpRequest.DELETE("/api/v1/local-tag-learning"), owner).json().get("active"));
        plug(1);
        tag(1, "AFTER-OFF");
        awaitStatus(1, "Charging");
    }

    private Map<String, Object> learning(String token) {
        Api.Reply reply = api.call(HttpRequest.GET("/api/v1/local-tag-learning"), token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
