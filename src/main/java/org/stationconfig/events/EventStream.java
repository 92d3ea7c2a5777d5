package org.stationconfig.events;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.auth.TokensRevoked;

/**
 * {@code /api/v1/events}: live events for logged-in apps (the upgrade needs the same bearer token as the API).
 * Messages are JSON {@link LiveEvent}s; what the app sends is ignored. A socket lives no longer than its token: it is
 * closed (1008, policy violation) when the token expires, its grant is revoked or its account's password changes,
 * checked every second and at once after each revocation.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@ServerWebSocket("/api/v1/events")
public class EventStream {

    static final CloseReason TOKEN_ENDED = new CloseReason(CloseReason.POLICY_VIOLATION.getCode(),
            "The token expired or was revoked: log in again");
    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final Map<WebSocketSession, Authentication> sessions = new ConcurrentHashMap<>();
    private final JsonMapper json;
    private final LiveTokenCheck tokens;

    public EventStream(JsonMapper json, LiveTokenCheck tokens) {
        this.json = json;
        this.tokens = tokens;
    }

    @OnOpen
    void open(WebSocketSession session, HttpRequest<?> request) {
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null || !tokens.isValid(authentication)) {
            session.close(TOKEN_ENDED);
            return;
        }
        sessions.put(session, authentication);
    }

    @OnMessage
    void message(String ignored, WebSocketSession session) {
        // the stream is one-way; nothing the app sends changes anything
    }

    @OnClose
    void close(WebSocketSession session) {
        sessions.remove(session);
    }

    @EventListener
    void revoked(TokensRevoked revoked) {
        closeEnded();
    }

    @Scheduled(fixedDelay = "1s")
    void closeEnded() {
        try {
            sessions.forEach((session, authentication) -> {
                if (!tokens.isValid(authentication)) {
                    sessions.remove(session);
                    session.close(TOKEN_ENDED);
                    LOG.info("Closed the live events of {}: the token expired or was revoked",
                            authentication.getName());
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Checking the tokens of live-event sockets failed; next check in a second", e);
        }
    }

    @EventListener
    void forward(LiveEvent event) {
        if (sessions.isEmpty()) {
            return;
        }
        String text;
        try {
            text = json.writeValueAsString(event);
        } catch (IOException e) {
            LOG.warn("Live event {} could not be written", event.type(), e);
            return;
        }
        sessions.keySet().removeIf(session -> !session.isOpen());
        sessions.forEach((session, authentication) -> {
            if (tokens.isValid(authentication)) { // nothing more goes out on a token that has just ended
                session.sendAsync(text);
            }
        });
    }
}
