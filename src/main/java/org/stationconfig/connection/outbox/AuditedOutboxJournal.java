package org.stationconfig.connection.outbox;

import jakarta.inject.Singleton;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.audit.Source;
import org.stationconfig.ocpp.outbox.OutboxJournal;

/** The outbox's journal is the station's audit log, category OUTBOX. */
@Singleton
class AuditedOutboxJournal implements OutboxJournal {

    private final AuditLog auditLog;

    AuditedOutboxJournal(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void record(String event, String text) {
        auditLog.record(Source.SYSTEM, "system", Category.OUTBOX, event, text);
    }

    @Override
    public void recordFor(String principal, String event, String text) {
        auditLog.record(Source.APP, principal, Category.OUTBOX, event, text);
    }
}
