package org.stationconfig.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests per second from a fixed number of connections, each sending its next request when the last is answered. */
final class ApiLoad {

    static final int CONNECTIONS = 10;

    private ApiLoad() {
    }

    /** Rate over {@code duration}; every answer must be 200, or the run fails. */
    static double requestsPerSecond(HttpClient http, URI uri, String token, Duration duration) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                counts.add(clients.submit(() -> {
                    long done = 0;
                    while (System.nanoTime() < end) {
                        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException(uri + " answered " + answer.statusCode());
                        }
                        done++;
                    }
                    return done;
                }));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total * 1e9 / (System.nanoTime() - start);
        } finally {
            clients.shutdownNow();
        }
    }
}
