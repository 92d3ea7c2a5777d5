package org.stationconfig.station.reset;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import org.stationconfig.ocpp.StationRestart;

/** A restart step that fails the next {@link #failNext} times (as hardware that does not come back), then works. */
@Singleton
@Replaces(ResetRestart.class)
@Requires(property = "test.failing-reset-restart", value = "true")
class FailingResetRestart extends ResetRestart {

    final AtomicInteger failNext = new AtomicInteger();
    final AtomicInteger tries = new AtomicInteger();

    FailingResetRestart(StationRestart restart) {
        super(restart);
    }

    @Override
    void restart(String reason) {
        tries.incrementAndGet();
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the controller did not restart");
        }
        super.restart(reason);
    }
}
