package org.stationconfig.settings.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import org.stationconfig.audit.Source;

/** A setting's stored value; absent row = the registry default. */
@MappedEntity("setting")
public record StoredSetting(
        @Id @MappedProperty("setting_key") String key,
        @MappedProperty("setting_value") String value,
        Source source,
        String principal,
        Instant updatedAt) {
}
