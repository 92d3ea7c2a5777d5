package org.stationconfig.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Makes the class archives that {@code bin/station-config} starts with (issue 12: start time): the build runs this at
 * {@code package}, right after the jar. A station is commissioned in one start (accounts, keys, the central system),
 * then started again through the launcher while the JVM records: that start loads what every later start of a
 * commissioned station loads (the API, a login, the settings page, the OCPP registration).
 *
 * <ul>
 *   <li>On the build's JDK (17): a class-data-sharing archive, {@code -XX:ArchiveClassesAtExit}, written to
 *       {@code <jar without .jar>.jsa} as the JVM stops.</li>
 *   <li>With a JDK 25 given as third argument, also its AOT cache (JEP 483/514/515: classes loaded and linked, method
 *       profiles), {@code -XX:AOTCacheOutput}, written to {@code <jar without .jar>.aot}; the launcher uses it when
 *       its {@code JAVA_HOME} is that JDK.</li>
 * </ul>
 *
 * <p>Arguments: the jar, a work directory for the training station's data and output, optionally a JDK 25's home.
 */
public final class ClassArchiveTraining {

    private static final Duration WITHIN = Duration.ofSeconds(120);
    // writing the archive happens as the JVM exits: tens of seconds on a loaded 2-core machine
    private static final Duration DUMP_WITHIN = Duration.ofSeconds(180);

    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[1]));
        Path buildJdk = Path.of(System.getProperty("java.home"));
        record(jar, work, buildJdk, sibling(jar, ".jsa"), "-XX:ArchiveClassesAtExit=");
        if (args.length > 2 && !args[2].isBlank()) {
            record(jar, work, Path.of(args[2]), sibling(jar, ".aot"), "-XX:AOTCacheOutput=");
        }
        System.exit(0);
    }

    private static Path sibling(Path jar, String suffix) {
        return jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", suffix));
    }

    private static void record(Path jar, Path work, Path javaHome, Path archive, String option) throws Exception {
        Files.deleteIfExists(archive);
        Path dataDir = Files.createTempDirectory(work, "station-");
        Path log = work.resolve("archive-training.log");
        MinimalCentralSystem centralSystem = new MinimalCentralSystem().listen();
        try {
            try (ServiceProcess first = ServiceProcess.start(jar, javaHome, dataDir, List.of(), log)) {
                first.awaitApi(WITHIN);
                String installer = first.login("installer");
                first.require("PATCH", "/api/v1/settings", installer, "{\"values\":{\"centralSystemUrl\":\""
                        + centralSystem.url() + "\",\"chargePointId\":\"ARCHIVE-CP\",\"enabled\":true}}");
                await(centralSystem, "BootNotification");
            }
            centralSystem.forget();
            ServiceProcess recorded = ServiceProcess.start(jar, javaHome, dataDir, List.of(option + archive), log);
            try {
                recorded.awaitApi(WITHIN);
                String installer = recorded.login("installer");
                recorded.require("GET", "/api/v1/settings", installer, null);
                recorded.require("GET", "/api/v1/ocpp/status", installer, null);
                await(centralSystem, "BootNotification");
            } finally {
                recorded.stop(DUMP_WITHIN);
            }
        } finally {
            centralSystem.stop(1000);
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no archive written; see " + log);
        }
        System.out.println("Class archive for " + javaHome + ": " + archive + " ("
                + Files.size(archive) / (1024 * 1024) + " MB)");
    }

    private static void await(MinimalCentralSystem centralSystem, String action) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        CountDownLatch never = new CountDownLatch(1);
        while (centralSystem.arrived(action) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(action + " did not arrive within " + WITHIN);
            }
            never.await(10, TimeUnit.MILLISECONDS);
        }
    }
}
