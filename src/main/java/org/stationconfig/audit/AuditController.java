package org.stationconfig.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.stationconfig.api.ProblemException;
import org.stationconfig.i18n.Text;

@Controller("/api/v1/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
public class AuditController {

    /** One page of the log, newest first. */
    @Serdeable
    public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }

    private final AuditLog auditLog;

    public AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Get
    @Operation(operationId = "listAudit", summary = "Audit and security log, newest first; filter with category=SETTING|ACCESS|SECURITY|...")
    public AuditPage list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size,
                          @Nullable @QueryValue Category category) {
        if (page < 0 || size < 1 || size > 500) {
            throw ProblemException.of(HttpStatus.BAD_REQUEST, Text.of("paging.title"), Text.of("paging.detail", 500));
        }
        Page<AuditEntry> entries = auditLog.page(category, page, size);
        return new AuditPage(entries.getContent(), page, size, entries.getTotalSize());
    }
}
