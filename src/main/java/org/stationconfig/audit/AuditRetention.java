package org.stationconfig.audit;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the audit and security log within their caps ({@link AuditRetentionProperties}), so a busy station never
 * fills its storage with them: the oldest entries are deleted, and the deletion itself is recorded in the security
 * log ({@code AUDIT_LOG_PRUNED} or {@code SECURITY_LOG_PRUNED}, with how many went) and in the service log.
 */
@Singleton
public class AuditRetention {

    static final String AUDIT_PRUNED = "AUDIT_LOG_PRUNED";
    static final String SECURITY_PRUNED = "SECURITY_LOG_PRUNED";
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditRepository repository;
    private final AuditLog auditLog;
    private final AuditRetentionProperties properties;

    public AuditRetention(AuditRepository repository, AuditLog auditLog, AuditRetentionProperties properties) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        prune();
    }

    /** Applies both caps; the security log last, so the record of the first pruning stays within its cap. */
    @Scheduled(fixedDelay = "${station.audit.prune-interval:10m}", initialDelay = "${station.audit.prune-interval:10m}")
    public synchronized void prune() {
        long others = repository.deleteOldestExcept(Category.SECURITY.name(), properties.maxEntries());
        if (others > 0) {
            recorded(AUDIT_PRUNED, others, "audit log", properties.maxEntries());
        }
        // one place is left for this pruning's own entry
        long security = repository.deleteOldestOf(Category.SECURITY.name(),
                Math.max(0, properties.maxSecurityEntries() - 1));
        if (security > 0) {
            recorded(SECURITY_PRUNED, security, "security log", properties.maxSecurityEntries());
        }
    }

    private void recorded(String event, long deleted, String log, int cap) {
        String message = "removed the " + deleted + " oldest entries of the " + log + " to keep " + cap;
        LOG.info("Retention: {}", message);
        auditLog.record(Source.SYSTEM, "system", Category.SECURITY, event, message);
    }
}
