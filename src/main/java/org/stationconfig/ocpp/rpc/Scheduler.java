package org.stationconfig.ocpp.rpc;

import java.time.Duration;

/** Runs a task later. Injected so tests drive timeouts on a virtual clock instead of sleeping. */
public interface Scheduler {

    Cancellable schedule(Duration delay, Runnable task);

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
