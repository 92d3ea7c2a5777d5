package org.stationconfig.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measurements of issue 3 on one station process: CALL round trips per second, centralSystemUrl change to
 * Accepted, outbox drain of 10 000 messages. A program, not a test: {@code mvn -B -Pbenchmarks test} runs it (see
 * BENCHMARKS.md); the report goes to standard output and to {@code <output dir>/benchmark-results.md}.
 */
public final class StationBenchmark {

    /** Switches on the loopback central system and the probes; nothing of this exists in a test's context. */
    static final String ENABLED = "station-benchmark.enabled";

    /** {@code -Dstation-benchmark.round-trips-only=true}: only the round trips and deflate's costs, e.g. to profile. */
    static final String ROUND_TRIPS_ONLY = "station-benchmark.round-trips-only";

    static final int OUTBOX_MESSAGES = 10_000;
    private static final int OUTBOX_WARM_UP_MESSAGES = 500;
    private static final int OUTBOX_ROUNDS = 3;

    private StationBenchmark() {
    }

    /** @param args the output directory (the station's data directory is created inside it) */
    public static void main(String[] args) {
        int status = 0;
        try {
            run(Path.of(args.length > 0 ? args[0] : "target/benchmark"));
        } catch (IOException | RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        // the station's non-daemon threads (Netty, Hikari) must not keep Maven's exec waiting, nor hide a failure
        System.exit(status);
    }

    private static void run(Path output) throws IOException {
        Files.createDirectories(output);
        Path dataDir = Files.createTempDirectory(output, "station-");
        double loadBefore = loadAverage();
        List<Samples> results = new ArrayList<>();
        // no anchor compresses: the station they are compared with does not either (the default is on, measured beside)
        try (BenchStation station = BenchStation.start(dataDir, false)) {
            station.commission("a");
            try (BenchStation deflating = BenchStation.start(Files.createTempDirectory(output, "deflating-"), true);
                 CallRoundTrips roundTrips = new CallRoundTrips(station, deflating)) {
                deflating.commissionAt(station, "deflate", CallRoundTrips.DEFLATING_CHARGE_POINT_ID);
                results.addAll(roundTrips.stationToCentralSystem());
                results.addAll(roundTrips.centralSystemToStation());
            }
            results.addAll(DeflateCosts.measure());
            if (!Boolean.getBoolean(ROUND_TRIPS_ONLY)) {
                results.add(new UrlSwitch(station).measure());
                results.addAll(outboxDrain(station));
            }
        }
        String report = report(results, dataDir, loadBefore, loadAverage());
        System.out.println(report);
        Files.writeString(output.resolve("benchmark-results.md"), report);
    }

    private static List<Samples> outboxDrain(BenchStation station) {
        OutboxDrain drain = new OutboxDrain(station);
        drain.run(OUTBOX_WARM_UP_MESSAGES);
        List<OutboxDrain.Round> rounds = new ArrayList<>();
        for (int i = 0; i < OUTBOX_ROUNDS; i++) {
            rounds.add(drain.run(OUTBOX_MESSAGES));
        }
        return List.of(OutboxDrain.enqueueTimes(OUTBOX_MESSAGES, rounds),
                OutboxDrain.enqueueFloorTimes(OUTBOX_MESSAGES, rounds), OutboxDrain.drainTimes(OUTBOX_MESSAGES, rounds));
    }

    /** The machine may be shared: the load before and after says how much the numbers had to compete. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String report(List<Samples> results, Path dataDir, double loadBefore, double loadAfter) {
        StringBuilder text = new StringBuilder();
        text.append("Station benchmark, ").append(Instant.now()).append('\n');
        text.append("Java ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(String.format(Locale.ROOT, ", load average %.1f before, %.1f after%n", loadBefore, loadAfter));
        text.append("SQLite file: ").append(dataDir.toAbsolutePath().resolve("station.db")).append("\n\n");
        text.append(Samples.tableHeader()).append('\n');
        results.forEach(samples -> text.append(samples.tableRow()).append('\n'));
        return text.toString();
    }
}
