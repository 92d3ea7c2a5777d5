package org.stationconfig.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.rpc.VirtualScheduler;

/**
 * The connection's time in a virtual-clock test: its timers on a {@link VirtualScheduler}, the service clock reading
 * the same virtual time, and after each timer the OCPP thread is run until it is idle, so whatever a timer sets off
 * (a dial, a BootNotification, the next timer) happens at the virtual instant it fired, before the next timer.
 */
final class VirtualTime implements Scheduler {

    static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    private final VirtualScheduler timers = new VirtualScheduler();
    private final ThreadPoolExecutor thread;

    VirtualTime(ScheduledExecutorService thread) {
        this.thread = (ThreadPoolExecutor) thread;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        return timers.schedule(delay, () -> {
            task.run();
            settle();
        });
    }

    Instant now() {
        return START.plus(timers.now());
    }

    /** Lets the OCPP thread finish what is handed to it, then moves the virtual time on, timer by timer. */
    void advance(Duration step) {
        settle();
        timers.advance(step);
        settle();
    }

    long pendingTimers() {
        return timers.pendingTasks();
    }

    /** Runs the OCPP thread until a pass hands it nothing new. */
    void settle() {
        for (int pass = 0; pass < 1000; pass++) {
            long before = thread.getTaskCount();
            try {
                thread.submit(() -> { }).get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the OCPP thread did not get idle", e);
            }
            if (thread.getTaskCount() == before + 1) {
                return;
            }
        }
        throw new IllegalStateException("the OCPP thread never got idle");
    }

    Clock clock() {
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
