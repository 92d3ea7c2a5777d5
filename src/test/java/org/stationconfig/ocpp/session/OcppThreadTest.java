package org.stationconfig.ocpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.netty.channel.NioEventLoopGroupFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.CapturedLog;

/** Issue 11, hole 4: a task on the OCPP thread that fails, with an Error too, is logged and the thread goes on. */
class OcppThreadTest {

    private final CapturedLog log = new CapturedLog();
    private final ScheduledExecutorService thread = new OcppEventLoop(new NioEventLoopGroupFactory()
            .createEventLoopGroup(1, (ThreadFactory) runnable -> new Thread(runnable, OcppThread.NAME), null));

    @BeforeEach
    void capture() {
        log.start();
    }

    @AfterEach
    void stop() {
        log.stop();
        thread.shutdownNow();
    }

    @Test
    void anErrorInATaskIsLoggedAndTheNextTasksStillRun() throws Exception {
        thread.execute(() -> {
            throw new StackOverflowError("simulated: deep recursion in a handler");
        });
        thread.schedule(() -> {
            throw new OutOfMemoryError("simulated: a timer ran out of memory");
        }, 1, TimeUnit.MILLISECONDS);
        CompletableFuture<String> after = new CompletableFuture<>();
        thread.schedule(() -> after.complete(Thread.currentThread().getName()), 50, TimeUnit.MILLISECONDS);

        assertEquals("ocpp", after.get(5, TimeUnit.SECONDS));
        assertTrue(log.lines().stream().anyMatch(line -> line.contains("deep recursion in a handler")), "logged: " + log.lines());
        assertTrue(log.lines().stream().anyMatch(line -> line.contains("a timer ran out of memory")), "logged: " + log.lines());
    }
}
