package org.stationconfig.reliability;

import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stationconfig.auth.Api;

/**
 * The station service as its own operating-system process (the production main class on the main classpath, no
 * test classes), on a data directory and a port that stay the same across restarts, so it can be killed with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux) at any moment, like a power cut, and started again.
 */
final class StationProcess implements AutoCloseable {

    static final String INSTALLER_PASSWORD = "installer-password-1";
    static final String SERVICE_PASSWORD = "service-password-1";
    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Path dataDir;
    private final int port;
    private final Path log;
    private final Map<String, String> properties;
    private final JsonMapper json = JsonMapper.createDefault();
    private Process process;
    private HttpClient client;
    private int starts;

    StationProcess(Path dataDir, Map<String, String> properties) {
        this.dataDir = dataDir;
        this.properties = properties;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path database() {
        return dataDir.resolve("station.db");
    }

    Path log() {
        return log;
    }

    int starts() {
        return starts;
    }

    /** Starts the process and waits until its API answers a login. */
    void start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", mainClasspath(),
                "-Dstation.data-dir=" + dataDir, "-Dmicronaut.server.port=" + port,
                "-Dmicronaut.server.dual-protocol=false", "-Dmicronaut.server.ssl.enabled=false",
                "-Dstation.provisioning.passwords.owner=owner-password-1",
                "-Dstation.provisioning.passwords.installer=" + INSTALLER_PASSWORD,
                "-Dstation.provisioning.passwords.service=" + SERVICE_PASSWORD,
                // the suite's cheap Argon2 (application-test.yml); the station's own parameters are PasswordHasherTest's
                "-Dstation.auth.password-memory-kib=256"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("org.stationconfig.Application");
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        starts++;
        if (client == null) {
            try {
                client = HttpClient.create(new URL("http://127.0.0.1:" + port));
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("the station process ended with " + process.exitValue() + "; see " + log);
            }
            return api().login("installer", INSTALLER_PASSWORD).status() == 200;
        });
    }

    /** SIGKILL: no shutdown hook, no flush, no close; waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Api api() {
        return new Api(client, json);
    }

    String token(String user, String password) {
        return api().token(user, password);
    }

    Api.Reply get(String path, String token) {
        return api().call(HttpRequest.GET(path), token);
    }

    @Override
    public void close() {
        if (alive()) {
            kill();
        }
        if (client != null) {
            client.close();
        }
    }

    /** The surefire test classpath without the test classes: what the production jar holds. */
    private static String mainClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .filter(entry -> !entry.isBlank() && Files.exists(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
