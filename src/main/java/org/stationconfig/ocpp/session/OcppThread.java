package org.stationconfig.ocpp.session;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ScheduledExecutorService;
import org.stationconfig.common.GuardedExecutor;

/**
 * The one thread that owns the OCPP connection's state: socket events, timers and setting changes are all handed
 * to it, so the session needs no locks.
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
}
