package org.stationconfig.bench;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.protocols.Protocol;

/**
 * The floor of a CALL round trip on this machine: a bare WebSocket client (Java-WebSocket, the library under
 * Java-OCA-OCPP, so the anchor's own overhead shows as the gap between the two) that sends precomputed frames and
 * answers the central system's CALLs with a precomputed result, doing no OCPP work at all.
 */
final class RawWebSocketFloor implements AutoCloseable {

    static final String CHARGE_POINT_ID = "RAW-FLOOR";
    private static final String HEARTBEAT = "[2,\"raw\",\"Heartbeat\",{}]";
    private static final String CONFIGURATION = ",{\"configurationKey\":[{\"key\":\"HeartbeatInterval\","
            + "\"readonly\":false,\"value\":\"300\"}],\"unknownKey\":[]}]";

    private final Client client;
    private volatile CompletableFuture<String> answer;

    RawWebSocketFloor(String centralSystemUrl) {
        client = new Client(URI.create(centralSystemUrl + "/" + CHARGE_POINT_ID));
        try {
            if (!client.connectBlocking(BenchStation.WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the raw WebSocket client could not connect");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One Heartbeat CALL, completing with the central system's answer frame. */
    CompletableFuture<String> heartbeat() {
        CompletableFuture<String> call = new CompletableFuture<>();
        answer = call;
        client.send(HEARTBEAT);
        return call;
    }

    @Override
    public void close() {
        client.close();
    }

    /** Answers a CALL at once; hands any other frame to the waiting Heartbeat. */
    private final class Client extends WebSocketClient {

        Client(URI uri) {
            super(uri, new Draft_6455(List.of(), List.of(new Protocol("ocpp1.6"))));
        }

        @Override
        public void onMessage(String frame) {
            if (frame.startsWith("[2,")) {
                int idEnd = frame.indexOf('"', 4);
                send("[3," + frame.substring(3, idEnd + 1) + CONFIGURATION);
            } else {
                answer.complete(frame);
            }
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
        }

        @Override
        public void onError(Exception e) {
        }
    }
}
