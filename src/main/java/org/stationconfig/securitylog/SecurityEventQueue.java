package org.stationconfig.securitylog;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * Where a raised security event goes besides the security log: to the central system, durably, across disconnects
 * and restarts (A04.FR.02). The {@code ocpp} adapter queues it as SecurityEventNotification in the outbox.
 */
public interface SecurityEventQueue {

    /** Queues the event; {@code together} runs in the same commit, so both happen or neither does. */
    void queue(SecurityEvent event, Instant at, @Nullable String techInfo, Runnable together);

    /**
     * Events queued inside a caller's own transaction were announced before the sender could see them: announce them
     * again once it committed.
     */
    void announceCommitted();
}
