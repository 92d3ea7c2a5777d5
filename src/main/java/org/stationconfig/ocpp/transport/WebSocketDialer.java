package org.stationconfig.ocpp.transport;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.LoadBalancer;
import io.micronaut.websocket.WebSocketClient;
import io.micronaut.websocket.WebSocketClientRegistry;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import reactor.core.publisher.Mono;

/**
 * Opens OCPP-J WebSockets (OCPP-J §3): subprotocol {@code ocpp1.6} or failure, Basic auth built from bytes, and for
 * wss exactly the given TLS client (the station's roots, versions and suites; {@link StationClientSslBuilder}). Each dial gets its own client, released when its link closes, so new
 * certificates apply at the next connection without a restart. permessage-deflate (RFC 7692, the only compression
 * OCPP-J 1.6 allows) is offered only when {@code station.ocpp.compression} is on (application.yml, README).
 */
@Singleton
public class WebSocketDialer implements Dialer {

    private static final String OCPP16 = "ocpp1.6";
    /** The event loop group named so by {@code ocpp.session.OcppThread}. */
    static final String OCPP_THREAD = "ocpp";

    private final WebSocketClientRegistry<?> registry;
    private final BeanContext beanContext;
    private final ExecutorService blocking;
    private final boolean compression;

    public WebSocketDialer(WebSocketClientRegistry<?> registry, BeanContext beanContext,
                           @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                           @Value("${station.ocpp.compression:true}") boolean compression) {
        this.registry = registry;
        this.beanContext = beanContext;
        this.blocking = blocking;
        this.compression = compression;
    }

    /** Opens the link; frames that arrive before {@link OcppLink#listen} are held for the listener. */
    @Override
    public CompletableFuture<OcppLink> dial(DialRequest request) {
        WebSocketClient client = registry.resolveWebSocketClient(null, LoadBalancer.fixed(request.uri()),
                configuration(request), beanContext);
        MutableHttpRequest<?> upgrade = HttpRequest.GET(request.uri());
        if (request.password() != null) {
            upgrade.header(HttpHeaders.AUTHORIZATION, basic(request.username(), request.password()));
        }
        CompletableFuture<OcppLink> result = new CompletableFuture<>();
        Mono.from(client.connect(OcppClientEndpoint.class, upgrade)).subscribe(endpoint -> {
            // Netty's handshaker already refused any answer without Sec-WebSocket-Protocol: ocpp1.6
            result.complete(new WebSocketLink(endpoint, client, OCPP16));
        }, error -> {
            client.close();
            // classifying may resolve and connect again: never on the event loop
            blocking.execute(() -> result.completeExceptionally(
                    DialFailures.classify(error, request.uri(), request.connectTimeout())));
        });
        return result;
    }

    private DefaultHttpClientConfiguration configuration(DialRequest request) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.getWebSocketCompressionConfiguration().setEnabled(compression);
        configuration.setConnectTimeout(request.connectTimeout());
        // on the OCPP thread's own event loop: a frame is handled where it is read, its answer written from there
        configuration.setEventLoopGroup(OCPP_THREAD);
        // liveness is the session's job (WebSocket ping at connectionCheckInterval), not an idle timer's
        configuration.setReadIdleTimeout(Duration.ofSeconds(-1));
        configuration.setConnectionPoolIdleTimeout(Duration.ofSeconds(-1));
        if (request.tls() != null) {
            configuration.setSslConfiguration(new StationSslConfiguration(request.tls()));
        }
        return configuration;
    }

    /** Whitepaper §2b: Basic base64(id ":" password) where a hex key's password is its raw bytes. */
    static String basic(String username, byte[] password) {
        ByteArrayOutputStream credentials = new ByteArrayOutputStream();
        credentials.writeBytes(username.getBytes(StandardCharsets.US_ASCII));
        credentials.write(':');
        credentials.writeBytes(password);
        return "Basic " + Base64.getEncoder().encodeToString(credentials.toByteArray());
    }
}
