package org.stationconfig.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The floor for the local API: the JDK's HTTP server answering a fixed body of the same bytes as the station's
 * settings page, with no routing, security, database or serialization. Runs in the benchmark's process.
 */
final class RawHttpFloor implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(ApiLoad.CONNECTIONS);

    RawHttpFloor(byte[] body) throws IOException {
        // without it, the headers and the body leave in two packets and each answer waits for a delayed ACK (~40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/settings");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
