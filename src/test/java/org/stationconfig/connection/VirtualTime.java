package org.stationconfig.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.rpc.VirtualScheduler;

/**
 * The station's time in a virtual-clock test: the OCPP thread's and the station thread's timers on one
 * {@link VirtualScheduler}, the service clock reading the same virtual time, and after each timer both threads are
 * run until they are idle, so whatever a timer sets off (a dial, a BootNotification, a MeterValues, the next timer)
 * happens at the virtual instant it fired, before the next timer.
 */
public final class VirtualTime implements Scheduler {

    public static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    private final VirtualScheduler timers = new VirtualScheduler();
    private final List<ThreadPoolExecutor> threads;

    /** The OCPP thread first, then the station thread. */
    VirtualTime(ScheduledExecutorService ocpp, ScheduledExecutorService station) {
        this.threads = List.of((ThreadPoolExecutor) ocpp, (ThreadPoolExecutor) station);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        return timers.schedule(delay, () -> {
            task.run();
            settle();
        });
    }

    /** A timer that fires on the station thread, as the station's own timers do. */
    Scheduler on(ScheduledExecutorService thread) {
        return (delay, task) -> timers.schedule(delay, () -> {
            run(thread, task);
            settle();
        });
    }

    public Instant now() {
        return START.plus(timers.now());
    }

    /** Lets the threads finish what is handed to them, then moves the virtual time on, timer by timer. */
    public void advance(Duration step) {
        settle();
        timers.advance(step);
        settle();
    }

    public long pendingTimers() {
        return timers.pendingTasks();
    }

    /**
     * Runs the threads until a pass hands none of them anything new: what one hands the other (an outbox message to
     * the OCPP thread, an answer to the station) is counted at the end of the pass.
     */
    public void settle() {
        for (int pass = 0; pass < 1000; pass++) {
            long[] before = threads.stream().mapToLong(ThreadPoolExecutor::getTaskCount).toArray();
            threads.forEach(thread -> run(thread, () -> { }));
            boolean idle = true;
            for (int i = 0; i < before.length; i++) {
                idle &= threads.get(i).getTaskCount() == before[i] + 1;
            }
            if (idle) {
                return;
            }
        }
        throw new IllegalStateException("the OCPP and station threads never got idle");
    }

    private static void run(ExecutorService thread, Runnable task) {
        try {
            thread.submit(task).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a thread did not get idle", e);
        }
    }

    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now();
            }
        };
    }
}
