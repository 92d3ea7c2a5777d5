package org.stationconfig.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

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
        String options = String.join(" ", jvmOptions);
        try {
            commission(jar, dataDir, log, centralSystem);
            List<Jdk> jdks = new ArrayList<>();
            jdks.add(new Jdk("JDK " + Runtime.version().feature() + ", " + options,
                    Path.of(System.getProperty("java.home")), dataDir));
            Path aotJdk = aotJdk(jar);
            if (aotJdk != null) {
                Path copy = Files.createTempDirectory(output, "service-aot-");
                copyTree(dataDir, copy);
                jdks.add(new Jdk(aotJdk.getFileName() + " (AOT cache), " + options, aotJdk, copy));
            }
            for (int i = 0; i < STARTS; i++) {
                for (Jdk jdk : jdks) {
                    centralSystem.forget();
                    try (ServiceProcess service = ServiceProcess.start(jar, jdk.home(), jdk.dataDir(), jvmOptions, log)) {
                        long apiReady = service.awaitApi(WITHIN);
                        jdk.cpuToApi().add(service.cpuMillis());
                        long accepted = await(() -> orZero(centralSystem.arrived("BootNotification")));
                        jdk.toApi().add((apiReady - service.startedNanos()) / 1e6);
                        jdk.toAccepted().add((accepted - service.startedNanos()) / 1e6);
                    }
                }
            }
            for (Jdk jdk : jdks) {
                results.add(new Samples("start → API ready (GET /health 200), " + jdk.label(), "ms", jdk.toApi()));
                results.add(new Samples("start → BootNotification Accepted, " + jdk.label(), "ms", jdk.toAccepted()));
                results.add(new Samples("CPU time (user + sys) start → API ready, " + jdk.label(), "ms",
                        jdk.cpuToApi()));
            }
            for (Jdk jdk : jdks) {
                centralSystem.forget();
                try (ServiceProcess running = ServiceProcess.start(jar, jdk.home(), jdk.dataDir(), jvmOptions, log)) {
                    running.awaitApi(WITHIN);
                    await(() -> orZero(centralSystem.arrived("BootNotification")));
                    results.add(charging(running, centralSystem, jdk.label(), output));
                    if (jdk == jdks.get(0)) {
                        results.addAll(api(running));
                    }
                }
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

    /** The starts of one JDK, on its own commissioned data directory. */
    private record Jdk(String label, Path home, Path dataDir, List<Double> toApi, List<Double> toAccepted,
                       List<Double> cpuToApi) {
        Jdk(String label, Path home, Path dataDir) {
            this(label, home, dataDir, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /**
     * The JDK 25 named by {@code -Dstation-aot.jdk} when the build made its AOT cache beside the jar (BENCHMARKS.md:
     * both JDKs in the same run), else none.
     */
    private static Path aotJdk(Path jar) {
        String home = System.getProperty("station-aot.jdk", "");
        Path cache = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".aot"));
        return home.isBlank() || !Files.isRegularFile(cache) ? null : Path.of(home);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
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
    private static Samples charging(ServiceProcess service, MinimalCentralSystem centralSystem, String label,
                                    Path output) throws Exception {
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
        Files.writeString(output.resolve("memory-" + label.replaceAll("[^A-Za-z0-9.-]+", "_") + ".txt"),
                service.memoryBreakdown());
        return new Samples("resident memory, connected and charging, " + label, "MB", megabytes);
    }

    private static List<Samples> api(ServiceProcess service) throws Exception {
        String installer = service.login("installer");
        byte[] page = service.require("GET", "/api/v1/settings", installer, null).body().getBytes();
        List<Double> settings = new ArrayList<>();
        List<Double> settingsCpu = new ArrayList<>();
        List<Double> health = new ArrayList<>();
        List<Double> healthCpu = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        try (RawHttpFloor raw = new RawHttpFloor(page)) {
            ApiLoad.requestsPerSecond(service.http(), service.uri("/api/v1/settings"), installer, API_ITERATION);
            for (int i = 0; i < API_ITERATIONS; i++) {
                ApiLoad.Figures settingsRun = ApiLoad.load(service.http(), service.uri("/api/v1/settings"), installer,
                        API_ITERATION, service::cpuMillis);
                settings.add(settingsRun.requestsPerSecond());
                settingsCpu.add(settingsRun.cpuMicrosPerRequest());
                ApiLoad.Figures healthRun = ApiLoad.load(service.http(), service.uri("/health"), null, API_ITERATION,
                        service::cpuMillis);
                health.add(healthRun.requestsPerSecond());
                healthCpu.add(healthRun.cpuMicrosPerRequest());
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
                new Samples("… service CPU (user + sys) per settings GET", "µs", settingsCpu),
                new Samples("GET /health, " + ApiLoad.CONNECTIONS + " connections", "requests/s", health),
                new Samples("… service CPU (user + sys) per /health", "µs", healthCpu),
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
