package org.stationconfig.filetransfer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP or HTTPS file server on 127.0.0.1 (the JDK's com.sun.net.httpserver) over a temporary folder: GET
 * serves a file, PUT stores one (making its folders). It may demand Basic credentials, or answer every request
 * with one status, and it records what it was asked. Like Node's HTTP server, it answers a request that asks to
 * upgrade the protocol ({@code Upgrade: h2c}) with 400, so every file transfer test also proves HTTP/1.1 (issue 13.1).
 * Close it after the test.
 */
public final class HttpTestServer implements AutoCloseable {

    /** One request: method, path, and the user of its Basic credentials (null without). */
    public record Request(String method, String path, String user) {
    }

    public static final String USER = "uploader";
    public static final String PASSWORD = "http-Secret-7";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Path root;
    private final boolean tls;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile boolean requireCredentials;
    private volatile int answerEverything;
    private final java.util.concurrent.atomic.AtomicInteger upgradeRequests = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.Map<String, String> redirects = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int redirectStatus = 302;

    private HttpTestServer(HttpServer server, Path root, boolean tls) {
        this.server = server;
        this.root = root;
        this.tls = tls;
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static HttpTestServer http() {
        try {
            return new HttpTestServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0),
                    Files.createTempDirectory("http-root-"), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpTestServer https(ServerTls identity) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(identity.serverContext()));
            return new HttpTestServer(server, Files.createTempDirectory("https-root-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on, requests without {@link #USER}:{@link #PASSWORD} get 401. */
    public HttpTestServer requireCredentials() {
        requireCredentials = true;
        return this;
    }

    /** From now on every request gets this status and nothing is stored; 0 to serve normally again. */
    public HttpTestServer answerEverything(int status) {
        answerEverything = status;
        return this;
    }

    /** How many requests asked to upgrade the protocol. */
    public int upgradeRequests() {
        return upgradeRequests.get();
    }

    /** Requests for {@code path} (e.g. "/fw.bin") are sent to {@code location} with {@code status}. */
    public HttpTestServer redirect(String path, String location, int status) {
        redirects.put(path, location);
        redirectStatus = status;
        return this;
    }

    public Path root() {
        return root;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public String url(String path) {
        return (tls ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** With {@link #USER}:{@link #PASSWORD} as the URI's user info. */
    public String urlWithCredentials(String path) {
        return (tls ? "https" : "http") + "://" + USER + ":" + PASSWORD + "@127.0.0.1:" + server.getAddress().getPort()
                + "/" + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String user = user(exchange);
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(exchange.getRequestMethod(), path, user));
            try (InputStream body = exchange.getRequestBody()) {
                if (exchange.getRequestHeaders().containsKey("Upgrade")) {
                    upgradeRequests.incrementAndGet();
                    body.readAllBytes();
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                String redirect = redirects.get(path);
                if (redirect != null) {
                    body.readAllBytes();
                    exchange.getResponseHeaders().add("Location", redirect);
                    exchange.sendResponseHeaders(redirectStatus, -1);
                    return;
                }
                if (answerEverything != 0) {
                    body.readAllBytes();
                    exchange.sendResponseHeaders(answerEverything, -1);
                    return;
                }
                if (requireCredentials && !USER.equals(user)) {
                    body.readAllBytes();
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"files\"");
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                Path file = root.resolve(path.substring(1)).normalize();
                if (!file.startsWith(root)) {
                    exchange.sendResponseHeaders(403, -1);
                } else if (exchange.getRequestMethod().equals("PUT")) {
                    Files.createDirectories(file.getParent());
                    Files.write(file, body.readAllBytes());
                    exchange.sendResponseHeaders(201, -1);
                } else if (exchange.getRequestMethod().equals("GET") && Files.isRegularFile(file)) {
                    byte[] content = Files.readAllBytes(file);
                    exchange.sendResponseHeaders(200, content.length);
                    exchange.getResponseBody().write(content);
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        }
    }

    /** The user of valid Basic credentials; null without, or "?" for credentials that do not match. */
    private static String user(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        return decoded.equals(USER + ":" + PASSWORD) ? USER : "?";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
