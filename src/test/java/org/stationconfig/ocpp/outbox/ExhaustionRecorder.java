package org.stationconfig.ocpp.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects {@link OutboxMemoryExhausted} as the session would receive it. */
@Singleton
@Requires(property = "test.mutable-clock", value = "true")
public class ExhaustionRecorder implements ApplicationEventListener<OutboxMemoryExhausted> {

    private final List<OutboxMemoryExhausted> events = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(OutboxMemoryExhausted event) {
        events.add(event);
    }

    List<OutboxMemoryExhausted> events() {
        return events;
    }
}
