package org.stationconfig.ocpp.transport;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketClient;
import io.micronaut.websocket.WebSocketSession;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** An {@link OcppLink} over a Micronaut WebSocket. Closing also releases the client built for it. */
final class WebSocketLink implements OcppLink {

    private final OcppClientEndpoint endpoint;
    private final WebSocketSession session;
    private final WebSocketClient client;
    private final String subprotocol;

    WebSocketLink(OcppClientEndpoint endpoint, WebSocketClient client, String subprotocol) {
        this.endpoint = endpoint;
        this.session = endpoint.session();
        this.client = client;
        this.subprotocol = subprotocol;
    }

    @Override
    public void listen(LinkListener listener) {
        endpoint.attach(listener);
    }

    @Override
    public CompletableFuture<?> send(String text) {
        // a frame is written as it is; a String would first go through Micronaut's message encoder
        return session.sendAsync(new TextWebSocketFrame(text));
    }

    @Override
    public void ping() {
        session.sendPingAsync("ocpp".getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public boolean isSecure() {
        return session.isSecure();
    }

    @Override
    public String subprotocol() {
        return subprotocol;
    }

    @Override
    public void close(int code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(code, reason));
            }
        } finally {
            client.close();
        }
    }
}
