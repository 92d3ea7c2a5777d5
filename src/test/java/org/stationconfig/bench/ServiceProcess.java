package org.stationconfig.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service started as an installer starts it: the launcher {@code bin/station-config} (its class-data-sharing
 * archive and JVM flags; the given JVM options in {@code JAVA_OPTS}, after the launcher's) on its own data directory,
 * HTTP on a free port.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    // USER_HZ: 100 on every Linux the station runs on (getconf CLK_TCK)
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private final Process process;
    private final Path javaHome;
    private final Path dataDir;
    private final int port;
    private final long startedNanos;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServiceProcess(Process process, Path javaHome, Path dataDir, int port, long startedNanos) {
        this.process = process;
        this.javaHome = javaHome;
        this.dataDir = dataDir;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    /** Starts the jar (in the project's {@code target/}) with the project's launcher beside it, on this JVM's JDK. */
    static ServiceProcess start(Path jar, Path dataDir, List<String> jvmOptions, Path log) throws IOException {
        return start(jar, Path.of(System.getProperty("java.home")), dataDir, jvmOptions, log);
    }

    /** As {@link #start(Path, Path, List, Path)}, on the JDK in {@code javaHome} (the launcher's {@code JAVA_HOME}). */
    static ServiceProcess start(Path jar, Path javaHome, Path dataDir, List<String> jvmOptions, Path log)
            throws IOException {
        Path launcher = jar.toAbsolutePath().getParent().resolveSibling("bin").resolve("station-config");
        int port = freePort();
        List<String> command = List.of("/bin/sh", launcher.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("STATION_JAR", jar.toAbsolutePath().toString());
        builder.environment().put("JAVA_OPTS", String.join(" ", jvmOptions));
        builder.environment().put("STATION_DATA_DIR", dataDir.toString());
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.environment().put("STATION_HTTPS_ENABLED", "false");
        long started = System.nanoTime();
        return new ServiceProcess(builder.start(), javaHome, dataDir, port, started);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    long startedNanos() {
        return startedNanos;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpClient http() {
        return http;
    }

    /** Polls {@code /health} until it answers 200; returns when, in {@link System#nanoTime()}. */
    long awaitApi(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(uri("/health"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("the API did not answer within " + within);
    }

    /** Logs in with the initial password the service wrote for {@code role}; returns the bearer token. */
    String login(String role) throws IOException, InterruptedException {
        String password = Files.readAllLines(dataDir.resolve("initial-credentials")).stream()
                .filter(line -> line.startsWith(role + ":")).findFirst()
                .map(line -> line.substring(role.length() + 1)).orElseThrow();
        HttpResponse<String> answer = send("POST", "/api/v1/auth/login", null,
                "{\"username\":\"" + role + "\",\"password\":\"" + password + "\"}");
        Matcher token = TOKEN.matcher(answer.body());
        if (!token.find()) {
            throw new IllegalStateException("login failed: " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    HttpResponse<String> send(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> require(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = send(method, path, token, json);
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    /**
     * CPU time the process used so far (user + system, Linux {@code /proc/<pid>/stat}), in ms: less sensitive to the
     * machine's load than the wall-clock time of a start.
     */
    double cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        // the fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000.0 / CLOCK_TICKS_PER_SECOND;
    }

    /**
     * What the resident memory is made of: {@code /proc/<pid>/smaps_rollup} (file-backed and anonymous, shared and
     * private) and, when the JVM runs with {@code -XX:NativeMemoryTracking=summary}, the JVM's own account of it.
     */
    String memoryBreakdown() throws IOException, InterruptedException {
        String pid = Long.toString(process.pid());
        StringBuilder text = new StringBuilder(Files.readString(Path.of("/proc", pid, "smaps_rollup")));
        Process jcmd = new ProcessBuilder(javaHome.resolve("bin/jcmd").toString(), pid, "VM.native_memory", "summary")
                .redirectErrorStream(true).start();
        text.append('\n').append(new String(jcmd.getInputStream().readAllBytes()));
        jcmd.waitFor();
        return text.toString();
    }

    /** Resident memory of the process (Linux {@code VmRSS}), in MB. */
    double residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }

    /** Asks the service to stop (SIGTERM, as a station's init system does) and waits for it; kills it after {@code within}. */
    void stop(Duration within) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    int exitValue() {
        return process.exitValue();
    }
}
