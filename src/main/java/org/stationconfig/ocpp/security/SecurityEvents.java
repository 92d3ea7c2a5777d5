package org.stationconfig.ocpp.security;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.audit.Source;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.v16.security.SecurityEventNotification;

/**
 * Raises security events: every one goes to the security log (A04.FR.04) and is queued for the central system in
 * the durable outbox, so it is delivered across disconnects and restarts (A04.FR.02); both in one SQLite commit. Non-critical ones are sent
 * too: central systems use them to diagnose (e.g. a key rollback).
 */
@Singleton
public class SecurityEvents {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityEvents.class);
    private static final int TECH_INFO_MAX = 255;

    private final AuditLog auditLog;
    private final TransactionOutbox outbox;

    public SecurityEvents(AuditLog auditLog, TransactionOutbox outbox) {
        this.auditLog = auditLog;
        this.outbox = outbox;
    }

    /** @param at the station's time (its OCPP clock), so the event's timestamp matches its other messages */
    public void raise(SecurityEvent event, @Nullable String techInfo, Instant at) {
        String info = techInfo == null ? null
                : techInfo.length() <= TECH_INFO_MAX ? techInfo : techInfo.substring(0, TECH_INFO_MAX - 3) + "...";
        SecurityEventNotification.Request request = new SecurityEventNotification.Request(event.name(), at, info);
        // the log line and the message commit together: no event logged and never sent, or sent and not logged
        outbox.enqueueWith(request, null,
                () -> auditLog.record(Source.SYSTEM, "system", Category.SECURITY, event.name(), info));
        LOG.info("Security event {}{}", event, info == null ? "" : ": " + info);
    }
}
