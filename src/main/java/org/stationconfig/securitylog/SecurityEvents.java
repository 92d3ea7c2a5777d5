package org.stationconfig.securitylog;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.audit.Source;

/**
 * Raises security events: every one goes to the security log (A04.FR.04) and is queued for the central system
 * ({@link SecurityEventQueue}: the durable outbox), so it is delivered across disconnects and restarts (A04.FR.02);
 * both in one SQLite commit. Non-critical ones are sent too: central systems use them to diagnose (e.g. a key
 * rollback).
 */
@Singleton
public class SecurityEvents {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityEvents.class);
    private static final int TECH_INFO_MAX = 255;

    private final AuditLog auditLog;
    private final SecurityEventQueue queue;

    public SecurityEvents(AuditLog auditLog, SecurityEventQueue queue) {
        this.auditLog = auditLog;
        this.queue = queue;
    }

    /** @param at the station's time (its OCPP clock), so the event's timestamp matches its other messages */
    public void raise(SecurityEvent event, @Nullable String techInfo, Instant at) {
        String info = techInfo == null ? null
                : techInfo.length() <= TECH_INFO_MAX ? techInfo : techInfo.substring(0, TECH_INFO_MAX - 3) + "...";
        // the log line and the message commit together: no event logged and never sent, or sent and not logged
        queue.queue(event, at, info, () -> auditLog.record(Source.SYSTEM, "system", Category.SECURITY, event.name(), info));
        LOG.info("Security event {}{}", event, info == null ? "" : ": " + info);
    }

    /** After a transaction that raised events commits: the central system's sender is told again, as it now sees them. */
    public void committed() {
        queue.announceCommitted();
    }
}
