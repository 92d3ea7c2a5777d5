package org.stationconfig.common;

import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guard every task of a station-owned thread runs in: any {@link Throwable}, an {@link Error} included, is logged
 * and the thread goes on; a Callable's failure also still reaches whoever reads its future. Used by
 * {@link GuardedExecutor} and by the OCPP thread on its Netty event loop.
 */
public final class TaskGuard {

    private static final Logger LOG = LoggerFactory.getLogger(TaskGuard.class);

    private final String thread;

    /** @param thread the thread's name, for the log line */
    public TaskGuard(String thread) {
        this.thread = thread;
    }

    /** The task inside the guard; a task already guarded (or none) as it is. */
    public Runnable guard(Runnable task) {
        if (task == null || task instanceof Guarded) {
            return task;
        }
        return new Guarded(task);
    }

    /** The callable, its failure logged and thrown on to its future. */
    public <V> Callable<V> logging(Callable<V> callable) {
        return () -> {
            try {
                return callable.call();
            } catch (Exception | Error e) {
                log(e);
                throw e;
            }
        };
    }

    private void log(Throwable failure) {
        try {
            LOG.error("Task on the {} thread failed; the thread goes on", thread, failure);
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
