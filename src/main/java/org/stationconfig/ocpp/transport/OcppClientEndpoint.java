package org.stationconfig.ocpp.transport;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketPongMessage;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.ClientWebSocket;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import java.util.ArrayList;
import java.util.List;

/**
 * The station's end of the OCPP-J WebSocket. Offers only {@code ocpp1.6} (OCPP-J §3.1.2). Frames that arrive before
 * a listener is attached (a central system may send a CALL right after the upgrade) are held and replayed.
 */
@ClientWebSocket(subprotocol = "ocpp1.6")
public class OcppClientEndpoint implements AutoCloseable {

    private final List<Runnable> early = new ArrayList<>();
    private LinkListener listener;
    private WebSocketSession session;

    @OnOpen
    void opened(WebSocketSession openedSession) {
        this.session = openedSession;
    }

    @OnMessage
    void text(String message) {
        deliver(() -> listener.onText(message));
    }

    @OnMessage
    void pong(WebSocketPongMessage pong) {
        deliver(() -> listener.onPong());
    }

    @OnClose
    void closed(CloseReason reason) {
        deliver(() -> listener.onClosed(reason.getCode(), reason.getReason()));
    }

    private synchronized void deliver(Runnable event) {
        if (listener == null) {
            early.add(event);
        } else {
            event.run();
        }
    }

    synchronized void attach(LinkListener attached) {
        this.listener = attached;
        early.forEach(Runnable::run);
        early.clear();
    }

    WebSocketSession session() {
        return session;
    }

    @Override
    public void close() {
        if (session != null && session.isOpen()) {
            session.close();
        }
    }
}
