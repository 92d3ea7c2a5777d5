package org.stationconfig.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.stationconfig.connection.ConnectionChanged;
import org.stationconfig.connection.ConnectionState;
import org.stationconfig.connection.LiveConnection;
import org.stationconfig.connection.Registration;

/**
 * The moment the station publishes that it is connected, Accepted and no longer trying new settings: taken from the
 * status event itself (on the OCPP thread) rather than by polling, so the measured time has no polling step in it.
 */
@Singleton
@Requires(property = StationBenchmark.ENABLED, value = "true")
public class AcceptanceSignal {

    private record Expected(BooleanSupplier alsoTrue, CompletableFuture<Long> nanoTime) {
    }

    private volatile Expected expected;

    /**
     * Completes with {@link System#nanoTime()} of the next status change showing an Accepted connection with no trial
     * running, once {@code alsoTrue} holds as well.
     */
    CompletableFuture<Long> next(BooleanSupplier alsoTrue) {
        Expected next = new Expected(alsoTrue, new CompletableFuture<>());
        expected = next;
        return next.nanoTime();
    }

    @EventListener
    void changed(ConnectionChanged change) {
        long now = System.nanoTime();
        Expected waiting = expected;
        if (waiting != null && accepted(change.reading()) && waiting.alsoTrue().getAsBoolean()) {
            expected = null;
            waiting.nanoTime().complete(now);
        }
    }

    private static boolean accepted(LiveConnection.Reading reading) {
        return reading.state() == ConnectionState.CONNECTED && reading.registration() == Registration.ACCEPTED
                && reading.trial() != null && !reading.trial().active();
    }
}
