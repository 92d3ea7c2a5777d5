package org.stationconfig.connection;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.transport.DialFailure;
import org.stationconfig.ocpp.transport.DialRequest;
import org.stationconfig.ocpp.transport.OcppLink;
import org.stationconfig.ocpp.transport.Dialer;

/**
 * The station's one connection attempt at a time (issue 13, item 8): the dial under way and what it dials. A dial
 * always ends, within a bound (TCP, TLS and the WebSocket upgrade together): a throw while building or dialling, or
 * a server that accepts TCP and never answers the upgrade, ends it as a failed attempt, so the station can never be
 * left waiting on a dial for good. Used on the OCPP thread only.
 */
final class OneDial {

    private static final Logger LOG = LoggerFactory.getLogger(OneDial.class);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private final Dialer dialer;
    private final TlsDiagnosis tls;
    private final Duration bound;
    private final Duration connectTimeout;
    private final Scheduler scheduler;
    private ConnectionParameters dialling;

    /** @param bound TCP, TLS and the WebSocket upgrade together; the TCP connect gets at most 20 s of it */
    OneDial(Dialer dialer, TlsDiagnosis tls, Duration bound, Scheduler scheduler) {
        this.dialer = dialer;
        this.tls = tls;
        this.bound = bound;
        this.connectTimeout = bound.compareTo(CONNECT_TIMEOUT) < 0 ? bound : CONNECT_TIMEOUT;
        this.scheduler = scheduler;
    }

    boolean underWay() {
        return dialling != null;
    }

    /** Dials; {@code done} gets the link or the failure exactly once, on any thread, within the bound. */
    void start(ConnectionParameters parameters, BiConsumer<OcppLink, Throwable> done) {
        dialling = parameters;
        CompletableFuture<OcppLink> dialled;
        try {
            dialled = dialer.dial(request(parameters));
        } catch (Throwable broken) { // e.g. no TLS material, a client that cannot be made: a failed attempt
            dialled = CompletableFuture.failedFuture(broken);
        }
        CompletableFuture<OcppLink> bounded = dialled.copy();
        Scheduler.Cancellable timeout = scheduler.schedule(bound, () -> bounded.completeExceptionally(new TimeoutException()));
        bounded.whenComplete((link, error) -> timeout.cancel());
        dialled.thenAccept(link -> {
            if (bounded.isCompletedExceptionally()) {
                link.close(1000, "dial timed out"); // arrived after the bound: not leaked
            }
        });
        bounded.whenComplete((link, error) -> done.accept(link, error instanceof TimeoutException
                ? new DialFailure(DialFailure.Stage.HTTP, "UPGRADE_TIMEOUT", "no answer to the WebSocket upgrade within "
                        + bound.toSeconds() + " s", 0, error)
                : error));
    }

    private DialRequest request(ConnectionParameters parameters) {
        DialRequest request = new DialRequest(parameters.effectiveUri(), parameters.chargePointId(), parameters.password(),
                parameters.tls() ? tls.material(parameters.securityProfile()).orElse(null) : null, connectTimeout);
        LOG.info("Connecting to {} as {}", request.uri(), parameters.chargePointId());
        return request;
    }

    /**
     * Ends the dial under way. Its link may serve the settings now wanted (rather than be closed and dialled again)
     * when it dialled exactly those and a dial is still wanted.
     */
    boolean finish(OcppLink link, boolean dialWanted, ConnectionParameters wanted) {
        ConnectionParameters finished = dialling;
        dialling = null;
        return link != null && dialWanted && finished != null && finished.equals(wanted);
    }
}
