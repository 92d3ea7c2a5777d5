package org.stationconfig.ocpp.transport;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketClient;
import io.micronaut.websocket.WebSocketSession;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** An open OCPP WebSocket: text frames, pings, close. Closing also releases the client built for it. */
public final class OcppLink {

    private final OcppClientEndpoint endpoint;
    private final WebSocketSession session;
    private final WebSocketClient client;
    private final String subprotocol;

    OcppLink(OcppClientEndpoint endpoint, WebSocketClient client, String subprotocol) {
        this.endpoint = endpoint;
        this.session = endpoint.session();
        this.client = client;
        this.subprotocol = subprotocol;
    }

    /** Starts delivering frames, first those that arrived since the upgrade. */
    public void listen(LinkListener listener) {
        endpoint.attach(listener);
    }

    public CompletableFuture<String> send(String text) {
        return session.sendAsync(text);
    }

    public void ping() {
        session.sendPingAsync("ocpp".getBytes(StandardCharsets.US_ASCII));
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    public boolean isSecure() {
        return session.isSecure();
    }

    public String subprotocol() {
        return subprotocol;
    }

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
