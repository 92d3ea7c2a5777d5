package org.stationconfig.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;

@MicronautTest(transactional = false)
class AuditLogTest extends TestDataDir {

    @Inject
    AuditLog auditLog;

    @Test
    void entriesAreStoredInTheDataDirectoryAndListedNewestFirst() {
        auditLog.record(Source.SYSTEM, "system", Category.SECURITY, "StartupOfTheDevice", "first");
        auditLog.recordSettingChange(Source.APP, "installer", "heartbeatInterval", "300", "60");

        List<AuditEntry> page = auditLog.page(null, 0, 10).getContent();
        assertEquals("SETTING_CHANGED", page.get(0).event());
        assertEquals("heartbeatInterval", page.get(0).key());
        assertEquals("StartupOfTheDevice", page.get(1).event());
        assertEquals(0, auditLog.page(Category.SECURITY, 0, 10).getContent().stream()
                .filter(entry -> !entry.category().equals(Category.SECURITY)).count());
        assertEquals(1, auditLog.page(Category.SECURITY, 0, 10).getContent().stream()
                .filter(entry -> "first".equals(entry.message())).count());
        assertEquals(true, Files.exists(dataDir().resolve("station.db")));
    }
}
