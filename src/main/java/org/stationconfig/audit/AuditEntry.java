package org.stationconfig.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One line of the audit log: when, from where, who, what. Secret values are masked before they get here.
 *
 * @param event a short machine-readable name: {@code SETTING_CHANGED}, {@code LOGIN_FAILED}, or an OCPP security
 *              event type such as {@code ReconfigurationOfSecurityParameters}
 */
@Serdeable
@MappedEntity("audit_entry")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        Source source,
        String principal,
        Category category,
        String event,
        @Nullable @MappedProperty("setting_key") String key,
        @Nullable @MappedProperty("old_value") String oldValue,
        @Nullable @MappedProperty("new_value") String newValue,
        @Nullable String message) {
}
