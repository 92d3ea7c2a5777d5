package org.stationconfig.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;

/** Issue 13.11: the audit and security log keep to their caps, the oldest go first, and the pruning is recorded. */
@MicronautTest(transactional = false)
class AuditRetentionTest extends TestDataDir {

    @Inject
    AuditLog auditLog;
    @Inject
    AuditRetention retention;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("station.audit.max-entries", "5", "station.audit.max-security-entries", "4",
                "station.audit.prune-interval", "1h");
    }

    @Test
    void theOldestEntriesArePrunedToTheCapsAndThePruningIsInTheSecurityLog() {
        retention.prune(); // whatever the start wrote
        for (int i = 1; i <= 12; i++) {
            auditLog.recordSettingChange(Source.APP, "installer", "heartbeatInterval", String.valueOf(i - 1),
                    String.valueOf(i));
        }
        for (int i = 1; i <= 9; i++) {
            auditLog.record(Source.SYSTEM, "system", Category.SECURITY, "StartupOfTheDevice", "boot " + i);
        }

        retention.prune();

        List<AuditEntry> others = entries(null).stream().filter(e -> e.category() != Category.SECURITY).toList();
        assertEquals(List.of("12", "11", "10", "9", "8"), others.stream().map(AuditEntry::newValue).toList(),
                "the 5 newest setting changes are kept");
        List<AuditEntry> security = entries(Category.SECURITY);
        assertEquals(4, security.size(), security.toString());
        assertEquals(AuditRetention.SECURITY_PRUNED, security.get(0).event());
        assertTrue(security.get(0).message().contains("oldest entries of the security log to keep 4"),
                security.get(0).message());
        assertEquals(AuditRetention.AUDIT_PRUNED, security.get(1).event());
        assertTrue(security.get(1).message().contains("oldest entries of the audit log to keep 5"),
                security.get(1).message());
        assertEquals(List.of("boot 9", "boot 8"), security.subList(2, 4).stream().map(AuditEntry::message).toList());
    }

    @Test
    void nothingIsPrunedOrRecordedWithinTheCaps() {
        retention.prune();
        long before = auditLog.page(null, 0, 100).getTotalSize();

        retention.prune();

        assertEquals(before, auditLog.page(null, 0, 100).getTotalSize());
    }

    private List<AuditEntry> entries(Category category) {
        return auditLog.page(category, 0, 100).getContent();
    }
}
