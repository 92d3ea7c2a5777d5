package org.stationconfig.securitylog;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.stationconfig.data.StorageLow;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.outbox.OutboxMemoryExhausted;

/**
 * SPEC §5: the transaction message queue past its cap with nothing left to thin is a critical MemoryExhaustion; so
 * is a data directory whose free space fell below the reserve kept for the database (downloads refused).
 */
@Singleton
public class MemoryExhaustionAlarm {

    private final SecurityEvents events;
    private final StationClock clock;

    public MemoryExhaustionAlarm(SecurityEvents events, StationClock clock) {
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void outboxFull(OutboxMemoryExhausted full) {
        events.raise(SecurityEvent.MemoryExhaustion, "transaction message queue holds " + full.storedMessages()
                + " messages, over its cap of " + full.maxMessages(), full.at());
    }

    @EventListener
    void storageLow(StorageLow low) {
        events.raise(SecurityEvent.MemoryExhaustion, "data directory has " + low.usableBytes() / (1024 * 1024)
                + " MB free, below the " + low.reserveBytes() / (1024 * 1024) + " MB reserve; downloads refused",
                clock.now());
    }
}
