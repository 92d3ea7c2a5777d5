package org.stationconfig.station;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ScheduledExecutorService;
import org.stationconfig.common.GuardedExecutor;
import org.stationconfig.ocpp.rpc.ExecutorScheduler;
import org.stationconfig.ocpp.rpc.Scheduler;

/**
 * The {@link StationThread}'s executor and its timers (sampling, clock-aligned boundaries, the station tick,
 * ConnectionTimeOut, MinimumStatusDuration, reset retries) as beans of their own, like the OCPP thread's: a test
 * replaces the timers with a virtual clock and runs the station logic in milliseconds.
 */
@Factory
public class StationTimers {

    public static final String NAME = "station";

    @Singleton
    @Named(NAME)
    ScheduledExecutorService stationExecutor() {
        GuardedExecutor executor = new GuardedExecutor(NAME);
        // at shutdown, timers still waiting are dropped, not run against a closing database
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true); // sampling timers are rescheduled often
        return executor;
    }

    /** The station's timers; each fires on the station thread. */
    @Singleton
    @Named(NAME)
    Scheduler stationScheduler(@Named(NAME) ScheduledExecutorService thread) {
        return new ExecutorScheduler(thread);
    }
}
