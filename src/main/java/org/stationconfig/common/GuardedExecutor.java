package org.stationconfig.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A single station-owned thread (OCPP, station) whose tasks can never fail unseen: every {@link Runnable} handed
 * to it runs inside a guard that logs any {@link Throwable}, an {@link Error} included, and lets the thread go on.
 * A plain {@link ScheduledThreadPoolExecutor} keeps such a failure in a future nobody reads.
 */
public final class GuardedExecutor extends ScheduledThreadPoolExecutor {

    private final TaskGuard guard;

    public GuardedExecutor(String name) {
        super(1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        this.guard = new TaskGuard(name);
    }

    // execute and submit hand every task to the schedule methods below (ScheduledThreadPoolExecutor does)

    /** A Callable's failure reaches whoever reads its future; it is logged as well, in case nobody does. */
    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return super.schedule(guard.logging(callable), delay, unit);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return super.schedule(guard.guard(command), delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return super.scheduleAtFixedRate(guard.guard(command), initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return super.scheduleWithFixedDelay(guard.guard(command), initialDelay, delay, unit);
    }
}
