package org.stationconfig.bench;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;
import org.stationconfig.ocpp.rpc.Timestamps;

/**
 * A central system for the station started as its own process: accepts every BootNotification and answers every
 * CALL at once, noting when each action first arrived (the process figures time the station's start against it).
 */
final class MinimalCentralSystem extends WebSocketServer {

    private final ConcurrentHashMap<String, Long> firstArrival = new ConcurrentHashMap<>();
    private final AtomicInteger transactionIds = new AtomicInteger();
    private final CountDownLatch listening = new CountDownLatch(1);

    MinimalCentralSystem() {
        super(new InetSocketAddress("127.0.0.1", 0), List.of(new Draft_6455(List.of(), List.of(new Protocol("ocpp1.6")))));
        setReuseAddr(true);
    }

    /** Starts listening on a free loopback port; returns once it does. */
    MinimalCentralSystem listen() throws InterruptedException {
        start();
        if (!listening.await(BenchStation.WITHIN.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the central system did not start listening");
        }
        return this;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/ocpp";
    }

    /** When {@code action} first arrived since the last {@link #forget()}, in {@link System#nanoTime()}; null if not. */
    Long arrived(String action) {
        return firstArrival.get(action);
    }

    void forget() {
        firstArrival.clear();
    }

    @Override
    public void onMessage(WebSocket socket, String frame) {
        if (!frame.startsWith("[2,")) {
            return;
        }
        int idEnd = frame.indexOf('"', 4);
        int actionEnd = frame.indexOf('"', idEnd + 3);
        String action = frame.substring(idEnd + 3, actionEnd);
        String now = "\"" + Timestamps.format(Instant.now()) + "\"";
        String payload = switch (action) {
            case "BootNotification" -> "{\"status\":\"Accepted\",\"currentTime\":" + now + ",\"interval\":300}";
            case "Heartbeat" -> "{\"currentTime\":" + now + "}";
            case "StartTransaction" -> "{\"transactionId\":" + transactionIds.incrementAndGet()
                    + ",\"idTagInfo\":{\"status\":\"Accepted\"}}";
            case "Authorize", "StopTransaction" -> "{\"idTagInfo\":{\"status\":\"Accepted\"}}";
            default -> "{}";
        };
        socket.send("[3," + frame.substring(3, idEnd + 1) + "," + payload + "]");
        firstArrival.putIfAbsent(action, System.nanoTime());
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
    }

    @Override
    public void onStart() {
        listening.countDown();
    }
}
