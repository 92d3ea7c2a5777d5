package org.stationconfig.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single station-owned thread (OCPP, station) whose tasks can never fail unseen: every {@link Runnable} handed
 * to it runs inside a guard that logs any {@link Throwable}, an {@link Error} included, and lets the thread go on.
 * A plain {@link ScheduledThreadPoolExecutor} keeps such a failure in a future nobody reads.
 */
public final class GuardedExecutor extends ScheduledThreadPoolExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedExecutor.class);

    private final String name;

    public GuardedExecutor(String name) {
        super(1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        this.name = name;
    }

    // execute and submit hand every task to the schedule methods below (ScheduledThreadPoolExecutor does)

    /** A Callable's failure reaches whoever reads its future; it is logged as well, in case nobody does. */
    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return super.schedule(() -> {
            try {
                return callable.call();
            } catch (Exception | Error e) {
                log(e);
                throw e;
            }
        }, delay, unit);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return super.schedule(guarded(command), delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return super.scheduleAtFixedRate(guarded(command), initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return super.scheduleWithFixedDelay(guarded(command), initialDelay, delay, unit);
    }

    private Runnable guarded(Runnable task) {
        if (task == null || task instanceof Guarded) {
            return task;
        }
        return new Guarded(task);
    }

    private void log(Throwable failure) {
        try {
            LOG.error("Task on the {} thread failed; the thread goes on", name, failure);
        } catch (Throwable unloggable) { // e.g. out of memory while logging: nothing more can be done
            // the thread must survive even this
        }
    }

    private final class Guarded implements Runnable {
        private final Runnable task;

        Guarded(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            try {
                task.run();
            } catch (Throwable failure) { // an Error too: it would end the task silently, never the thread
                log(failure);
            }
        }
    }
}
