package org.stationconfig.settings.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** A row of the permission matrix that SERVICE changed from the shipped default; writers comma-separated. */
@MappedEntity("setting_permission")
public record PermissionOverride(
        @Id @MappedProperty("setting_key") String key,
        String writers,
        Instant updatedAt) {
}
