package org.stationconfig.ocpp.session;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.concurrent.ScheduledExecutorService;
import org.stationconfig.common.GuardedExecutor;
import org.stationconfig.ocpp.rpc.ExecutorScheduler;
import org.stationconfig.ocpp.rpc.Scheduler;

/**
 * The one thread that owns the OCPP connection's state: socket events, timers and setting changes are all handed
 * to it, so the session needs no locks. Its timers and the reconnect jitter are beans of their own, so a test runs
 * the connection lifecycle on a virtual clock with a fixed jitter.
 */
@Factory
public class OcppThread {

    public static final String NAME = "ocpp";

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "shutdownNow")
    ScheduledExecutorService ocppExecutor() {
        // every task guarded: an Error in one frame's handling is logged, never lost with the thread's next tasks
        GuardedExecutor executor = new GuardedExecutor(NAME);
        // every answered call cancels its timeout: drop those at once instead of keeping them for MessageTimeout
        executor.setRemoveOnCancelPolicy(true);
        return executor;
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
