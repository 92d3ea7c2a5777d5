package org.stationconfig.events;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/events}: live events for logged-in apps (the upgrade needs the same bearer token as the API).
 * Messages are JSON {@link LiveEvent}s; what the app sends is ignored.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@ServerWebSocket("/api/v1/events")
public class EventStream {

    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();
    private final JsonMapper json;

    public EventStream(JsonMapper json) {
        this.json = json;
    }

    @OnOpen
    void open(WebSocketSession session) {
        sessions.add(session);
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
        sessions.removeIf(session -> !session.isOpen());
        sessions.forEach(session -> session.sendAsync(text));
    }
}
