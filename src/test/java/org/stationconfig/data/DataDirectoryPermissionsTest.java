package org.stationconfig.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.RollingFileAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;

/**
 * Issue 11.7: the whole service runs (real SQLite in WAL mode, the log file, HTTPS with its certificate, the keys and
 * initial credentials), writes settings and rolls its log, and every file it made in the data directory is 0600,
 * every folder 0700.
 */
class DataDirectoryPermissionsTest {

    @TempDir
    Path temp;

    @Test
    void everyFileTheServiceWritesIsOwnerOnly() throws Exception {
        Path dataDir = temp.resolve("data");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "station.data-dir", dataDir.toString(), "station.diagnostics.log-file", true,
                "micronaut.server.ssl.enabled", true, "micronaut.server.ssl.port", -1,
                "micronaut.server.dual-protocol", true), "test")) {
            server.getApplicationContext().getBean(SettingChanges.class).apply(ChangeRequest.fromApp(
                    Actor.app("service", Role.SERVICE), Map.of("heartbeatInterval", 120), null));
            LoggerFactory.getLogger(DataDirectoryPermissionsTest.class).info("a line before the log rolls over");
            logFileAppender(dataDir).rollover();
            LoggerFactory.getLogger(DataDirectoryPermissionsTest.class).info("a line in the new log file");

            List<String> written = names(dataDir);
            for (String expected : List.of("station.db", "station.db-wal", "station.db-shm", "logs/station.log",
                    "logs/station.1.log", "initial-credentials", "token-signing-key.jwk", "master.key",
                    "https-certificate.pem", "https-key.pem", "https-fingerprint")) {
                assertTrue(written.contains(expected), expected + " is among " + written);
            }
            assertOwnerOnly(dataDir);
        }
    }

    /** This service's log file appender: another test's service may still have its own attached to the root. */
    private static RollingFileAppender<?> logFileAppender(Path dataDir) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<RollingFileAppender<?>> ours = new ArrayList<>();
        context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appender -> {
            if (appender instanceof RollingFileAppender<?> file && Path.of(file.getFile()).startsWith(dataDir)) {
                ours.add(file);
            }
        });
        assertEquals(1, ours.size(), "one log file appender writes into " + dataDir);
        return ours.get(0);
    }

    private static void assertOwnerOnly(Path dataDir) throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(dataDir)) {
            for (Path path : tree.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                if (!mode.equals(expected)) {
                    wrong.add(dataDir.relativize(path) + " " + mode);
                }
            }
        }
        assertEquals(List.of(), wrong, "files must be 0600 and folders 0700");
    }

    private static List<String> names(Path dataDir) throws IOException {
        try (Stream<Path> tree = Files.walk(dataDir)) {
            return tree.filter(Files::isRegularFile).map(path -> dataDir.relativize(path).toString()).toList();
        }
    }
}
