package org.stationconfig.station.command;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.stationconfig.connection.ConnectionChanged;
import org.stationconfig.connection.ConnectionState;
import org.stationconfig.connection.LiveConnection;
import org.stationconfig.connection.Registration;

/**
 * Waits for where a reconnect ends up: connected with a registration answered, or a failed attempt waiting to retry.
 * Only readings after the reconnect's own dial (CONNECTING) count, so an older reading cannot answer it.
 */
@Singleton
class ReconnectWatch {

    private final CopyOnWriteArrayList<Watch> watches = new CopyOnWriteArrayList<>();

    /** Call before the reconnect is asked for; the future completes with the reading reached. */
    CompletableFuture<LiveConnection.Reading> begin() {
        Watch watch = new Watch(new CompletableFuture<>());
        watches.add(watch);
        watch.reached.whenComplete((reading, error) -> watches.remove(watch));
        return watch.reached;
    }

    @EventListener
    void changed(ConnectionChanged change) {
        LiveConnection.Reading reading = change.reading();
        for (Watch watch : watches) {
            if (reading.state() == ConnectionState.CONNECTING) {
                watch.dialled = true;
            } else if (watch.dialled && (reading.state() == ConnectionState.WAITING_RETRY
                    || reading.state() == ConnectionState.CONNECTED && reading.registration() != Registration.NONE)) {
                watch.reached.complete(reading);
            }
        }
    }

    private static final class Watch {
        final CompletableFuture<LiveConnection.Reading> reached;
        volatile boolean dialled;

        Watch(CompletableFuture<LiveConnection.Reading> reached) {
            this.reached = reached;
        }
    }
}
