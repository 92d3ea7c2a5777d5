package org.stationconfig.ocpp.security;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.stationconfig.ocpp.outbox.OutboxMemoryExhausted;

/** SPEC §5: the transaction message queue past its cap with nothing left to thin is a critical MemoryExhaustion. */
@Singleton
public class MemoryExhaustionAlarm {

    private final SecurityEvents events;

    public MemoryExhaustionAlarm(SecurityEvents events) {
        this.events = events;
    }

    @EventListener
    void outboxFull(OutboxMemoryExhausted full) {
        events.raise(SecurityEvent.MemoryExhaustion, "transaction message queue holds " + full.storedMessages()
                + " messages, over its cap of " + full.maxMessages(), full.at());
    }
}
