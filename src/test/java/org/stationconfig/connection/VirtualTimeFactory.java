package org.stationconfig.connection;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.stationconfig.common.GuardedExecutor;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.session.Backoff;
import org.stationconfig.ocpp.session.OcppThread;
import org.stationconfig.station.StationTimers;

/** The production time seams replaced for {@link VirtualLifecycle} tests: virtual time, reconnect waits without jitter. */
@Factory
@Requires(property = VirtualLifecycle.PROPERTY, value = "true")
class VirtualTimeFactory {

    /**
     * The OCPP thread as a plain executor: the link is in memory, so the WebSocket's event loop (production's OCPP
     * thread) has nothing to read, and VirtualTime counts this executor's tasks to know when it is idle.
     */
    @Singleton
    @Named(OcppThread.NAME)
    @Replaces(value = ScheduledExecutorService.class, named = OcppThread.NAME)
    @Bean(preDestroy = "shutdownNow")
    ScheduledExecutorService ocppThread() {
        GuardedExecutor executor = new GuardedExecutor(OcppThread.NAME);
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    @Singleton
    VirtualTime virtualTime(@Named(OcppThread.NAME) ScheduledExecutorService ocpp,
                            @Named(StationTimers.NAME) ScheduledExecutorService station) {
        return new VirtualTime(ocpp, station);
    }

    @Singleton
    @Replaces(Clock.class)
    Clock clock(VirtualTime time) {
        return time.clock();
    }

    @Singleton
    @Named(OcppThread.NAME)
    @Replaces(value = Scheduler.class, named = OcppThread.NAME)
    Scheduler ocppScheduler(VirtualTime time) {
        return time;
    }

    /** The station's timers (metering, the tick, ConnectionTimeOut, ...) on the same virtual time. */
    @Singleton
    @Named(StationTimers.NAME)
    @Replaces(value = Scheduler.class, named = StationTimers.NAME)
    Scheduler stationScheduler(VirtualTime time, @Named(StationTimers.NAME) ScheduledExecutorService station) {
        return time.on(station);
    }

    /** A jitter of exactly 0 (nextDouble() is 0.5): the waits are the nominal ones, to the millisecond. */
    @Singleton
    @Replaces(Backoff.class)
    Backoff backoff() {
        return new Backoff(() -> 1L << 63);
    }
}
