package org.stationconfig.ocpp.session;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledExecutorService;

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
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "ocpp");
            thread.setDaemon(true);
            return thread;
        });
        // every answered call cancels its timeout: drop those at once instead of keeping them for MessageTimeout
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
