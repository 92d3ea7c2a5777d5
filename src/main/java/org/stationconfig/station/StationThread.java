package org.stationconfig.station;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.common.GuardedExecutor;
import org.stationconfig.ocpp.rpc.ExecutorScheduler;
import org.stationconfig.ocpp.rpc.Scheduler;

/**
 * The one thread all station logic runs on: hardware events, OCPP requests for the station, answers from the central
 * system, timers. One thread means connectors and transactions need no locks, and events are handled in order. It
 * never waits for the central system; the OCPP thread never waits for it. A failing task, an Error included, is
 * logged and the thread goes on ({@link GuardedExecutor}). The executor and the timers are injected
 * ({@link StationTimers}), so a test runs the timers on a virtual clock.
 */
@Singleton
public class StationThread implements Executor, Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(StationThread.class);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final ScheduledExecutorService executor;
    private final Scheduler timers;
    private volatile Thread owner;

    public StationThread(@Named(StationTimers.NAME) ScheduledExecutorService executor,
                         @Named(StationTimers.NAME) Scheduler timers) {
        this.executor = executor;
        this.timers = timers;
        executor.execute(() -> owner = Thread.currentThread());
    }

    /** The production thread and timers, for tests of the thread itself. */
    static StationThread standalone() {
        ScheduledExecutorService executor = new StationTimers().stationExecutor();
        return new StationThread(executor, new ExecutorScheduler(executor));
    }

    /** Work handed over while the station shuts down is dropped: nothing of it would finish anyway. */
    @Override
    public void execute(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Station stopping: task dropped");
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        try {
            return timers.schedule(delay.isNegative() ? Duration.ZERO : delay, task);
        } catch (RejectedExecutionException stopping) {
            return () -> { };
        }
    }

    /** Runs {@code work} on the station thread and waits for its result; for request threads, never the OCPP thread. */
    public <T> T call(Supplier<T> work) {
        if (Thread.currentThread() == owner) {
            return work.get();
        }
        CompletableFuture<T> result = CompletableFuture.supplyAsync(work, executor);
        try {
            return result.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the station", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the station did not answer within " + CALL_TIMEOUT.toSeconds() + " s", e);
        }
    }

    /** Waits until everything handed over so far has run. */
    public void drain() {
        call(() -> null);
    }

    /** Stops the thread; what is queued or scheduled is dropped. Safe to call twice. */
    @PreDestroy
    public void shutdown() {
        if (executor.isShutdown()) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
