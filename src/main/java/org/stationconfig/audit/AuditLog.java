package org.stationconfig.audit;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The audit and security log. Callers pass values already masked; nothing secret is ever handed to it. */
@Singleton
public class AuditLog {

    private final AuditRepository repository;
    private final Clock clock;

    public AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public AuditEntry record(Source source, String principal, Category category, String event, String message) {
        return repository.save(new AuditEntry(null, clock.instant(), source, principal, category, event,
                null, null, null, message));
    }

    public AuditEntry recordSettingChange(Source source, String principal, String key, String oldValue, String newValue) {
        return repository.save(new AuditEntry(null, clock.instant(), source, principal, Category.SETTING,
                "SETTING_CHANGED", key, oldValue, newValue, null));
    }

    /** Newest first. */
    public Page<AuditEntry> page(Category category, int page, int size) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.desc("id")));
        return category == null ? repository.findAll(pageable) : repository.findByCategory(category, pageable);
    }
}
