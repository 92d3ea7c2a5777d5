package org.stationconfig.ocpp.session;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.stationconfig.common.TaskGuard;

/**
 * The OCPP thread as the one event loop of the OCPP WebSocket: a frame received is handled, and its answer written,
 * on the thread that read it, with no hand-over between a Netty thread and the OCPP thread (two thread wake-ups per
 * round trip, the largest cost of a CALL on loopback). Every task is guarded as {@code common.GuardedExecutor}'s are:
 * a failure, an {@link Error} included, is logged and the thread goes on (Netty would keep a timer's failure in a
 * future nobody reads).
 */
final class OcppEventLoop extends AbstractExecutorService implements ScheduledExecutorService {

    private final TaskGuard guard = new TaskGuard(OcppThread.NAME);

    private final EventLoopGroup group;
    private final EventLoop loop;

    OcppEventLoop(EventLoopGroup group) {
        int loops = 0;
        for (EventExecutor ignored : group) {
            loops++;
        }
        if (loops != 1) { // with more, the client would spread connections over threads the session does not own
            throw new IllegalStateException("the OCPP event loop group must have exactly one thread, not " + loops);
        }
        this.group = group;
        this.loop = group.next();
    }

    @Override
    public void execute(Runnable task) {
        loop.execute(guard.guard(task));
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return loop.schedule(guard.guard(task), delay, unit);
    }

    /** A Callable's failure reaches whoever reads its future; it is logged as well, in case nobody does. */
    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return loop.schedule(guard.logging(callable), delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, long initialDelay, long period, TimeUnit unit) {
        return loop.scheduleAtFixedRate(guard.guard(task), initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
        return loop.scheduleWithFixedDelay(guard.guard(task), initialDelay, delay, unit);
    }

    @Override
    public void shutdown() {
        group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
    }

    /** Queued tasks are dropped, as {@code ScheduledThreadPoolExecutor.shutdownNow} drops them; none is returned. */
    @Override
    public List<Runnable> shutdownNow() {
        shutdown();
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return group.isShuttingDown();
    }

    @Override
    public boolean isTerminated() {
        return group.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return group.awaitTermination(timeout, unit);
    }
}
