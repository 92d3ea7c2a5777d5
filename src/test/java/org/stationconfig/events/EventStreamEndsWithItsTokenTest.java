package org.stationconfig.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.websocket.WebSocketClient;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import org.stationconfig.auth.MutableClock;
import org.stationconfig.auth.MutableClockFactory;
import reactor.core.publisher.Mono;

/**
 * A live-events socket (which carries id tags) lives no longer than the token it was opened with: expiry, a revoked
 * grant and a password change each close it, over a real WebSocket on loopback.
 */
@MicronautTest(transactional = false)
class EventStreamEndsWithItsTokenTest extends LoggedInApi {

    private static final Duration BOUND = Duration.ofSeconds(10);

    @Inject
    @Client("/")
    WebSocketClient webSockets;

    @Inject
    MutableClock clock;

    @Inject
    EventStream stream;

    @Inject
    ApplicationEventPublisher<LiveEvent> liveEvents;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(MutableClockFactory.PROPERTY, "mutable");
    }

    @Test
    void theSocketClosesWhenItsTokenExpires() {
        EventsClient events = connect(api.token("owner", OWNER_PASSWORD));
        clock.advance(Duration.ofMinutes(59));
        stream.closeEnded(); // the check the 1-second timer runs, now and not maybe later
        // published until heard: the server may register the socket a moment after the client sees it open
        await().atMost(BOUND).until(() -> {
            liveEvents.publishEvent(new LiveEvent("probe", clock.instant(), Map.of()));
            return events.received.stream().anyMatch(m -> m.contains("\"probe\""));
        });
        assertNull(events.closedWith, "still valid: the check left it open and it still hears events");

        clock.advance(Duration.ofMinutes(1));

        awaitClosedForItsToken(events);
    }

    @Test
    void theSocketClosesWhenItsGrantIsRevoked() {
        Map<String, Object> grant = api.call(HttpRequest.POST("/api/v1/access-grants", Map.of()), owner).json();
        EventsClient events = connect(api.token((String) grant.get("username"), (String) grant.get("password")));

        assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/access-grants/" + grant.get("id")), owner).status());

        awaitClosedForItsToken(events);
    }

    @Test
    void theSocketClosesWhenItsAccountsPasswordChanges() {
        EventsClient events = connect(api.token("installer", INSTALLER_PASSWORD));
        Map<String, String> change = new HashMap<>(Map.of("currentPassword", INSTALLER_PASSWORD,
                "newPassword", "installer-password-2"));

        assertEquals(204, api.call(HttpRequest.POST("/api/v1/users/me/password", change),
                api.token("installer", INSTALLER_PASSWORD)).status());

        awaitClosedForItsToken(events);
    }

    private EventsClient connect(String token) {
        return Mono.from(webSockets.connect(EventsClient.class, HttpRequest.GET("/api/v1/events").bearerAuth(token)))
                .block(BOUND);
    }

    private static void awaitClosedForItsToken(EventsClient events) {
        await().atMost(BOUND).until(() -> events.closedWith != null);
        assertEquals(1008, events.closedWith.getCode(), events.closedWith.toString());
    }
}
