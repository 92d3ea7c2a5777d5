package org.stationconfig.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests per second from a fixed number of connections, each sending its next request when the last is answered. */
final class ApiLoad {

    static final int CONNECTIONS = 10;

    private ApiLoad() {
    }

    /**
     * One load's figures.
     *
     * @param requestsPerSecond answered requests per second of wall-clock time
     * @param cpuMicrosPerRequest the serving process's CPU time (user + sys) per request, in µs: less sensitive to
     *                            other work on the machine than the rate
     */
    record Figures(double requestsPerSecond, double cpuMicrosPerRequest) {
    }

    /** Rate over {@code duration}; every answer must be 200, or the run fails. */
    static double requestsPerSecond(HttpClient http, URI uri, String token, Duration duration) throws Exception {
        return load(http, uri, token, duration, () -> 0.0).requestsPerSecond();
    }

    /**
     * Rate over {@code duration} and the server's CPU per request, from {@code cpuMillis}: the serving process's CPU
     * time so far, in ms (e.g. {@code ServiceProcess::cpuMillis}), read before and after the load.
     */
    static Figures load(HttpClient http, URI uri, String token, Duration duration, Callable<Double> cpuMillis)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            double cpuBefore = cpuMillis.call();
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
            long elapsed = System.nanoTime() - start;
            double cpu = cpuMillis.call() - cpuBefore;
            return new Figures(total * 1e9 / elapsed, cpu * 1000 / total);
        } finally {
            clients.shutdownNow();
        }
    }
}
