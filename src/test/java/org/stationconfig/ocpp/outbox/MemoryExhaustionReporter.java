package org.stationconfig.ocpp.outbox;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;

/** Does what the session does with the event, on the same thread: queue the MemoryExhaustion security event. */
@Singleton
@Requires(property = "test.report-memory-exhaustion", value = "true")
public class MemoryExhaustionReporter implements ApplicationEventListener<OutboxMemoryExhausted> {

    private final BeanProvider<TransactionOutbox> outbox;

    public MemoryExhaustionReporter(BeanProvider<TransactionOutbox> outbox) {
        this.outbox = outbox;
    }

    @Override
    public void onApplicationEvent(OutboxMemoryExhausted event) {
        outbox.get().enqueue(Payloads.SECURITY, Payloads.securityEvent("MemoryExhaustion"), null);
    }
}
