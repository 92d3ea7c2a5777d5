package org.stationconfig.ocpp.rpc;

import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;

/** A {@link Scheduler} on a virtual clock: tasks run only when a test calls {@link #advance}, in due order. */
public final class VirtualScheduler implements Scheduler {

    private record Task(Duration due, long sequence, Runnable action, boolean[] cancelled) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            Comparator.comparing(Task::due).thenComparingLong(Task::sequence));
    private Duration now = Duration.ZERO;
    private long sequence;

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now.plus(delay), sequence++, action, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves the clock forward, running every task that falls due on the way (including ones they schedule). */
    public void advance(Duration step) {
        Duration target = now.plus(step);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due().compareTo(target) > 0) {
                    now = target;
                    return;
                }
                tasks.poll();
                now = next.due();
            }
            if (!next.cancelled()[0]) {
                next.action().run();
            }
        }
    }

    /** Tasks scheduled and neither run nor cancelled. */
    public synchronized long pendingTasks() {
        return tasks.stream().filter(t -> !t.cancelled()[0]).count();
    }

    public synchronized Duration now() {
        return now;
    }
}
