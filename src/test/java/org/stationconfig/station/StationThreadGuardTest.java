package org.stationconfig.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.CapturedLog;

/** Issue 11, hole 4: a station task or timer that throws an Error is logged, and the station thread goes on. */
class StationThreadGuardTest {

    private final CapturedLog log = new CapturedLog();
    private final StationThread thread = StationThread.standalone();

    @BeforeEach
    void capture() {
        log.start();
    }

    @AfterEach
    void stop() {
        log.stop();
        thread.shutdown();
    }

    @Test
    void anErrorInATaskOrATimerIsLoggedAndTheStationGoesOn() throws Exception {
        thread.execute(() -> {
            throw new StackOverflowError("simulated: a connector event recursed");
        });
        thread.schedule(Duration.ofMillis(1), () -> {
            throw new OutOfMemoryError("simulated: a sampling timer ran out of memory");
        });
        CompletableFuture<String> after = new CompletableFuture<>();
        thread.schedule(Duration.ofMillis(50), () -> after.complete("ran"));

        assertEquals("ran", after.get(5, TimeUnit.SECONDS));
        assertEquals("still answering", thread.call(() -> "still answering"));
        assertTrue(log.lines().stream().anyMatch(line -> line.contains("a connector event recursed")), "logged: " + log.lines());
        assertTrue(log.lines().stream().anyMatch(line -> line.contains("a sampling timer ran out of memory")));
    }
}
