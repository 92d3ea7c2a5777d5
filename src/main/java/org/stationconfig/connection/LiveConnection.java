package org.stationconfig.connection;

import org.stationconfig.clock.ClockStatus;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** The running OCPP connection's own account of itself; the status combines it with the settings. */
public interface LiveConnection {

    /** A consistent reading of the connection. */
    record Reading(
            ConnectionState state,
            Registration registration,
            @Nullable LastError lastError,
            @Nullable Instant connectedSince,
            @Nullable Instant lastHeartbeatAt,
            @Nullable Instant nextRetryAt,
            @Nullable TrialStatus trial,
            @Nullable ClockStatus clock) {
    }

    Reading read();
}
