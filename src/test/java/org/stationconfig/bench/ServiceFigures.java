package org.stationconfig.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The service as a process (issue 12): start to API ready and to Accepted on a commissioned station, resident memory
 * while connected and charging with {@code -Xmx64m}, local API throughput with 10 connections beside a raw HTTP
 * floor, and PATCH latency with its durable commit. A program, not a test: {@code mvn -B -Pbenchmarks package} runs
 * it after building the jar (see BENCHMARKS.md).
 *
 * <p>Arguments: the jar, the output directory, then JVM options for the measured starts (e.g. {@code -Xmx64m}).
 */
public final class ServiceFigures {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final int STARTS = 5;
    private static final int API_ITERATIONS = 3;
    private static final Duration API_ITERATION = Duration.ofSeconds(4);
    private static final int PATCHES = 300;
    private static final String CHARGE_POINT_ID = "FIGURES-CP";

    private ServiceFigures() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(Path.of(args[0]), Path.of(args[1]), List.of(Arrays.copyOfRange(args, 2, args.length)));
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(Path jar, Path output, List<String> jvmOptions) throws Exception {
        Files.createDirectories(output);
        Path dataDir = Files.createTempDirectory(output, "service-");
        Path log = output.resolve("service-figures.log");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        MinimalCentralSystem centralSystem = new MinimalCentralSystem().listen();
        List<Samples> results = new ArrayList<>();
        try {
            commission(jar, dataDir, log, centralSystem);
            List<Double> toApi = new ArrayList<>();
            List<Double> toAccepted = new ArrayList<>();
            ServiceProcess service = null;
            for (int i = 0; i < STARTS; i++) {
                if (service != null) {
                    service.close();
                }
                centralSystem.forget();
                service = ServiceProcess.start(jar, dataDir, jvmOptions, log);
                long apiReady = service.awaitApi(WITHIN);
                long accepted = await(() -> orZero(centralSystem.arrived("BootNotification")));
                toApi.add((apiReady - service.startedNanos()) / 1e6);
                toAccepted.add((accepted - service.startedNanos()) / 1e6);
            }
            String options = String.join(" ", jvmOptions);
            results.add(new Samples("start → API ready (GET /health 200), " + options, "ms", toApi));
            results.add(new Samples("start → BootNotification Accepted, " + options, "ms", toAccepted));
            try (ServiceProcess running = service) {
                results.add(charging(running, centralSystem, options));
                results.addAll(api(running));
            }
        } finally {
            centralSystem.stop(1000);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        StringBuilder report = new StringBuilder("Service process figures, ").append(Instant.now()).append('\n')
                .append("Java ").append(System.getProperty("java.runtime.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(String.format(Locale.ROOT, "load average %.1f before, %.1f after%n%n", loadBefore, loadAfter))
                .append(Samples.tableHeader()).append('\n');
        results.forEach(samples -> report.append(samples.tableRow()).append('\n'));
        System.out.println(report);
        Files.writeString(output.resolve("service-figures.md"), report.toString());
    }

    /** First start: the installer points the station at the central system; it registers once. */
    private static void commission(Path jar, Path dataDir, Path log, MinimalCentralSystem centralSystem)
            throws Exception {
        try (ServiceProcess service = ServiceProcess.start(jar, dataDir, List.of(), log)) {
            service.awaitApi(WITHIN);
            String installer = service.login("installer");
            service.require("PATCH", "/api/v1/settings", installer, "{\"values\":{\"centralSystemUrl\":\""
                    + centralSystem.url() + "\",\"chargePointId\":\"" + CHARGE_POINT_ID + "\",\"enabled\":true,"
                    + "\"authorizationMode\":\"ANY_TAG\",\"meterValueSampleInterval\":1}}");
            await(() -> orZero(centralSystem.arrived("BootNotification")));
        }
    }

    /** Plugs an EV in and presents a tag, then samples resident memory while the transaction runs. */
    private static Samples charging(ServiceProcess service, MinimalCentralSystem centralSystem, String options)
            throws Exception {
        String serviceToken = service.login("service");
        service.require("POST", "/api/v1/simulator/connectors/1/plug", serviceToken, "{}");
        service.require("POST", "/api/v1/simulator/connectors/1/rfid", serviceToken, "{\"idTag\":\"FIGURES-TAG\"}");
        await(() -> orZero(centralSystem.arrived("StartTransaction")));
        await(() -> orZero(centralSystem.arrived("MeterValues")));
        List<Double> megabytes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            megabytes.add(service.residentMegabytes());
            new CountDownLatch(1).await(500, TimeUnit.MILLISECONDS);
        }
        return new Samples("resident memory, connected and charging, " + options, "MB", megabytes);
    }

    private static List<Samples> api(ServiceProcess service) throws Exception {
        String installer = service.login("installer");
        byte[] page = service.require("GET", "/api/v1/settings", installer, null).body().getBytes();
        List<Double> settings = new ArrayList<>();
        List<Double> health = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        try (RawHttpFloor raw = new RawHttpFloor(page)) {
            ApiLoad.requestsPerSecond(service.http(), service.uri("/api/v1/settings"), installer, API_ITERATION);
            for (int i = 0; i < API_ITERATIONS; i++) {
                settings.add(ApiLoad.requestsPerSecond(service.http(), service.uri("/api/v1/settings"), installer,
                        API_ITERATION));
                health.add(ApiLoad.requestsPerSecond(service.http(), service.uri("/health"), null, API_ITERATION));
                floor.add(ApiLoad.requestsPerSecond(service.http(), raw.uri(), null, API_ITERATION));
            }
        }
        List<Double> patches = new ArrayList<>();
        for (int i = 0; i < PATCHES; i++) {
            long start = System.nanoTime();
            service.require("PATCH", "/api/v1/settings", installer,
                    "{\"values\":{\"heartbeatInterval\":" + (300 + i % 2) + "}}");
            patches.add((System.nanoTime() - start) / 1e6);
        }
        patches.sort(null);
        return List.of(
                new Samples("GET /api/v1/settings, " + ApiLoad.CONNECTIONS + " connections", "requests/s", settings),
                new Samples("GET /health, " + ApiLoad.CONNECTIONS + " connections", "requests/s", health),
                new Samples("raw HTTP floor (JDK server, same body), " + ApiLoad.CONNECTIONS + " connections",
                        "requests/s", floor),
                new Samples("PATCH /api/v1/settings one value, p50 of " + PATCHES, "ms",
                        List.of(patches.get(PATCHES / 2))),
                new Samples("PATCH /api/v1/settings one value, p99 of " + PATCHES, "ms",
                        List.of(patches.get(PATCHES * 99 / 100))));
    }

    private static long await(LongSupplier nanos) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        CountDownLatch never = new CountDownLatch(1);
        while (System.nanoTime() < deadline) {
            long value = nanos.getAsLong();
            if (value != 0) {
                return value;
            }
            never.await(1, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("not reached within " + WITHIN);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
