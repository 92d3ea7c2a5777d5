package org.stationconfig.ocpp.outbox;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEventQueue;
import org.stationconfig.securitylog.SecurityEvents;

/**
 * Test only: the OCPP client queues StartupOfTheDevice at every start, at a moment of its own; outbox tests need a
 * queue that holds exactly what each test put in, so here that one event is left out.
 */
@Singleton
@Replaces(SecurityEvents.class)
@Requires(property = "test.quiet-startup", value = "true")
public class QuietStartup extends SecurityEvents {

    public QuietStartup(AuditLog auditLog, SecurityEventQueue queue) {
        super(auditLog, queue);
    }

    @Override
    public void raise(SecurityEvent event, String techInfo, Instant at) {
        if (event != SecurityEvent.StartupOfTheDevice) {
            super.raise(event, techInfo, at);
        }
    }
}
