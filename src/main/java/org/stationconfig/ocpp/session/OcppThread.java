package org.stationconfig.ocpp.session;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.netty.channel.EventLoopGroupRegistry;
import io.netty.channel.EventLoopGroup;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.concurrent.ScheduledExecutorService;
import org.stationconfig.ocpp.rpc.ExecutorScheduler;
import org.stationconfig.ocpp.rpc.Scheduler;

/**
 * The one thread that owns the OCPP connection's state: socket events, timers and setting changes are all handed
 * to it, so the session needs no locks. It is the event loop of the OCPP WebSocket itself ({@link OcppEventLoop}:
 * the dialer's clients run on the event loop group {@value #NAME} of application.yml), so a frame is read, handled
 * and answered on one thread.
 * Its timers and the reconnect jitter are beans of their own, so a test runs the connection lifecycle on a virtual
 * clock with a fixed jitter.
 */
@Factory
public class OcppThread {

    public static final String NAME = "ocpp";

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "shutdownNow")
    ScheduledExecutorService ocppExecutor(EventLoopGroupRegistry loops) {
        // one thread: micronaut.netty.event-loops.ocpp.num-threads in application.yml, where the client finds it too
        EventLoopGroup loop = loops.getEventLoopGroup(NAME)
                .orElseThrow(() -> new IllegalStateException("no event loop group micronaut.netty.event-loops." + NAME));
        // every task guarded: an Error in one frame's handling is logged, never lost with the thread's next tasks
        return new OcppEventLoop(loop);
    }

    /** The connection's timers (retries, boot intervals, heartbeat, ping), run on the OCPP thread. */
    @Singleton
    @Named(NAME)
    Scheduler ocppScheduler(@Named(NAME) ScheduledExecutorService thread) {
        return new ExecutorScheduler(thread);
    }

    @Singleton
    Backoff backoff() {
        return new Backoff(new SecureRandom());
    }
}
