package org.stationconfig.ocpp.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutorSchedulerTest {

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
    private final Scheduler scheduler = new ExecutorScheduler(executor);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void runsATaskDueNow() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.schedule(Duration.ZERO, ran::countDown);
        assertTrue(ran.await(5, TimeUnit.SECONDS));
    }

    @Test
    void cancelRemovesTheTask() {
        executor.setRemoveOnCancelPolicy(true);
        Scheduler.Cancellable timer = scheduler.schedule(Duration.ofHours(1), () -> { });
        assertEquals(1, executor.getQueue().size());
        timer.cancel();
        assertEquals(0, executor.getQueue().size());
    }
}
