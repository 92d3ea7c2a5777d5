package org.stationconfig.ocpp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.BeanContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.websocket.WebSocketClientRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;

/**
 * {@code station.ocpp.compression} over a real loopback WebSocket, checked on the bytes: what the station offers,
 * what is agreed, whether its frames are compressed, and that messages flow both ways either way.
 */
@MicronautTest(transactional = false)
class CompressionTest extends TestDataDir {

    private static final String BOOT = "[2,\"1\",\"BootNotification\",{\"chargePointVendor\":\"Vendor\",\"chargePointModel\":\"Model\"}]";
    private static final String HEARTBEAT = "[2,\"2\",\"Heartbeat\",{}]";

    @Inject
    WebSocketClientRegistry<?> registry;

    @Inject
    BeanContext beanContext;

    @Inject
    @Named(TaskExecutors.BLOCKING)
    ExecutorService blocking;

    @Inject
    @io.micronaut.context.annotation.Value("${station.ocpp.compression}")
    boolean configured;

    /** What the station's link delivered on the connection opened last. */
    private BlockingQueue<String> received;

    @Test
    void theStationOffersPermessageDeflateByDefault() {
        assertTrue(configured);
    }

    @Test
    void withCompressionOffNothingIsOfferedAndFramesGoPlain() throws Exception {
        try (DeflatePeer peer = new DeflatePeer()) {
            OcppLink link = open(peer, false);
            assertNull(peer.offeredExtensions());
            link.send(BOOT);
            assertEquals(new DeflatePeer.Received(false, BOOT), peer.receive());
            peer.send("[3,\"1\",{\"status\":\"Accepted\"}]");
            assertEquals("[3,\"1\",{\"status\":\"Accepted\"}]", received.poll(10, TimeUnit.SECONDS));
            link.close(1000, "done");
        }
    }

    /** OCPP-J 1.6 allows only the compression of a WebSocket extension, i.e. RFC 7692 permessage-deflate: nothing else may be offered (ocpp16-facts.md "Compression"). */
    @Test
    void withCompressionOnPermessageDeflateAloneIsAgreedAndFramesFlowCompressedBothWays() throws Exception {
        try (DeflatePeer peer = new DeflatePeer()) {
            OcppLink link = open(peer, true);
            assertTrue(peer.offeredExtensions().startsWith("permessage-deflate"), peer.offeredExtensions());
            assertFalse(peer.offeredExtensions().contains("deflate-frame"), peer.offeredExtensions());
            for (String frame : new String[] {BOOT, HEARTBEAT, HEARTBEAT}) { // the later ones use the kept context
                link.send(frame);
                assertEquals(new DeflatePeer.Received(true, frame), peer.receive());
            }
            for (String answer : new String[] {"[3,\"1\",{\"status\":\"Accepted\"}]", "[3,\"2\",{}]", "[3,\"3\",{}]"}) {
                peer.send(answer);
                assertEquals(answer, received.poll(10, TimeUnit.SECONDS));
            }
            link.close(1000, "done");
        }
    }

    /** A small frame must not inflate past 1 MiB: the link ends, nothing is delivered. */
    @Test
    void aMessageThatInflatesPastOneMibEndsTheLinkUndelivered() throws Exception {
        try (DeflatePeer peer = new DeflatePeer()) {
            open(peer, true);
            String bomb = "[3,\"1\",{\"x\":\"" + "a".repeat(PermessageDeflateOnly.MAX_INFLATED) + "\"}]";
            peer.send(bomb);
            assertTrue(String.valueOf(received.poll(10, TimeUnit.SECONDS)).startsWith("closed:"));
            assertNull(received.poll(200, TimeUnit.MILLISECONDS));
        }
    }

    private OcppLink open(DeflatePeer peer, boolean compression) throws Exception {
        WebSocketDialer dialer = new WebSocketDialer(registry, beanContext, blocking, compression);
        CompletableFuture<OcppLink> dialed = dialer.dial(new DialRequest(URI.create(peer.url()), "CP1", null, null,
                Duration.ofSeconds(5)));
        peer.accept();
        OcppLink link = dialed.get(10, TimeUnit.SECONDS);
        BlockingQueue<String> delivered = new LinkedBlockingQueue<>();
        received = delivered;
        link.listen(new LinkListener() {
            @Override
            public void onText(String text) {
                delivered.add(text);
            }

            @Override
            public void onPong() {
            }

            @Override
            public void onClosed(int code, String reason) {
                delivered.add("closed:" + code);
            }
        });
        return link;
    }
}
