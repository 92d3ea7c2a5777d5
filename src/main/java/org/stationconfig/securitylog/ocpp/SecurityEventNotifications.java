package org.stationconfig.securitylog.ocpp;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.stationconfig.ocpp.outbox.OutboxMessageQueued;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.v16.security.SecurityEventNotification;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEventQueue;

/** Security events as SecurityEventNotification (whitepaper A04) in the durable outbox, type = the event's name. */
@Singleton
class SecurityEventNotifications implements SecurityEventQueue {

    private static final String ACTION = SecurityEventNotification.ACTION.name();

    private final TransactionOutbox outbox;
    private final ApplicationEventPublisher<OutboxMessageQueued> queued;

    SecurityEventNotifications(TransactionOutbox outbox, ApplicationEventPublisher<OutboxMessageQueued> queued) {
        this.outbox = outbox;
        this.queued = queued;
    }

    @Override
    public void queue(SecurityEvent event, Instant at, @Nullable String techInfo, Runnable together) {
        SecurityEventNotification.Request request = new SecurityEventNotification.Request(event.name(), at, techInfo);
        outbox.enqueueWith(request, null, () -> {
            together.run();
            return null;
        });
    }

    @Override
    public void announceCommitted() {
        queued.publishEvent(new OutboxMessageQueued(0, ACTION));
    }
}
