package org.stationconfig.ocpp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.ocpp.session.OcppThread;

/** Real WebSocket connections on loopback: what an installer's settings lead to, stage by stage. */
@MicronautTest(transactional = false)
class WebSocketDialerTest extends TestDataDir {

    @Inject
    WebSocketDialer dialer;

    @Inject
    EmbeddedServer server;

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private final LinkListener recorder = new LinkListener() {
        @Override
        public void onText(String text) {
            events.add("text:" + text);
        }

        @Override
        public void onPong() {
            events.add("pong");
        }

        @Override
        public void onClosed(int code, String reason) {
            events.add("closed:" + code + ":" + reason);
        }
    };

    private DialRequest to(String path, byte[] password) {
        return new DialRequest(URI.create("ws://127.0.0.1:" + server.getPort() + path), "CP1", password, null,
                Duration.ofSeconds(5));
    }

    private String next() throws InterruptedException {
        String event = events.poll(10, TimeUnit.SECONDS);
        return event == null ? "nothing within 10 s" : event;
    }

    private DialFailure failureOf(DialRequest request) {
        CompletionException thrown = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                () -> dialer.dial(request).join());
        return assertInstanceOf(DialFailure.class, thrown.getCause());
    }

    @Test
    void anOcppLinkCarriesTextPingsAndTheServersClose() throws Exception {
        byte[] key = HexFormat.of().parseHex("0001020304050607FFFFFFFFFFFFFFFFFFFFFFFF");
        OcppLink link = dialer.dial(to("/echo/CP1", key)).get(10, TimeUnit.SECONDS);
        link.listen(recorder);
        assertEquals("ocpp1.6", link.subprotocol());
        assertEquals("text:hello CP1", next());
        link.send("ping me");
        assertEquals("text:echo ping me", next());
        link.ping();
        assertEquals("pong", next());
        link.send("bye");
        assertEquals("closed:4001:go away", next());
        // the Basic header carries the raw key bytes, not the hex text (whitepaper §2b)
        assertTrue(EchoCentralSystem.AUTHORIZATIONS.contains("Basic Q1AxOgABAgMEBQYH////////////////"),
                EchoCentralSystem.AUTHORIZATIONS.toString());
    }

    /** Issue 12: a frame read is handled on the OCPP thread itself, not handed over to it from a Netty thread. */
    @Test
    void framesArriveOnTheOcppThreadWithNoHandOver() throws Exception {
        BlockingQueue<String> threads = new LinkedBlockingQueue<>();
        OcppLink link = dialer.dial(to("/echo/CP1", null)).get(10, TimeUnit.SECONDS);
        link.listen(new LinkListener() {
            @Override
            public void onText(String text) {
                threads.add(text + " on " + Thread.currentThread().getName());
            }

            @Override
            public void onPong() {
            }

            @Override
            public void onClosed(int code, String reason) {
            }
        });
        try {
            // the greeting may have come before listen(), and then it is replayed on the caller's thread
            assertTrue(String.valueOf(threads.poll(10, TimeUnit.SECONDS)).startsWith("hello CP1 on "));
            link.send("ping me");
            String echo = String.valueOf(threads.poll(10, TimeUnit.SECONDS));
            assertTrue(echo.startsWith("echo ping me on " + OcppThread.NAME + "-"), echo);
        } finally {
            link.close(1000, "done");
        }
    }

    @Test
    void aServerThatDoesNotAgreeToOcpp16IsAFailure() {
        DialFailure failure = failureOf(to("/plain/CP1", null));
        assertEquals(DialFailure.Stage.SUBPROTOCOL, failure.stage());
        assertEquals("SUBPROTOCOL_MISSING", failure.code());
    }

    @Inject
    org.stationconfig.ocpp.csms.CentralSystemScript csms;

    @Test
    void anUnknownChargePointIsAnHttpFailureWithItsStatus() {
        csms.reset();
        csms.knownIds = java.util.List.of("SOMEONE-ELSE");
        DialFailure failure = failureOf(to("/csms/CP1", null));
        csms.knownIds = null;
        assertEquals(DialFailure.Stage.HTTP, failure.stage());
        assertEquals(404, failure.httpStatus());
        assertEquals("HTTP_404", failure.code());
    }

    @Test
    void refusedCredentialsAreAnHttp401() throws Exception {
        HttpServer refuser = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        refuser.createContext("/", exchange -> {
            byte[] body = "no".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        refuser.start();
        try {
            DialFailure failure = failureOf(new DialRequest(URI.create("ws://127.0.0.1:" + refuser.getAddress().getPort() + "/ocpp/CP1"),
                    "CP1", new byte[]{1, 2}, null, Duration.ofSeconds(5)));
            assertEquals(DialFailure.Stage.HTTP, failure.stage());
            assertEquals(401, failure.httpStatus());
            assertEquals("HTTP_401", failure.code());
        } finally {
            refuser.stop(0);
        }
    }

    @Test
    void nothingListeningIsATcpFailure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DialFailure failure = failureOf(new DialRequest(URI.create("ws://127.0.0.1:" + port + "/ocpp/CP1"), "CP1", null, null,
                Duration.ofSeconds(5)));
        assertEquals("TCP_REFUSED", failure.code());
    }

    @Test
    void anUnknownHostIsADnsFailure() {
        DialFailure failure = failureOf(new DialRequest(URI.create("ws://no-such-host.invalid/ocpp/CP1"), "CP1", null, null,
                Duration.ofSeconds(5)));
        assertEquals("DNS_FAILURE", failure.code());
    }
}
