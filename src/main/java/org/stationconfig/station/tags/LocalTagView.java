package org.stationconfig.station.tags;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A local tag for the app. */
@Serdeable
public record LocalTagView(long id, String idTag, String name, @Nullable String note, @Nullable Instant expiryDate,
                           boolean enabled, Instant createdAt, Instant updatedAt) {

    static LocalTagView of(LocalTag tag) {
        return new LocalTagView(tag.id(), tag.idTag(), tag.name(), tag.note(), tag.expiryDate(), tag.enabled(),
                tag.createdAt(), tag.updatedAt());
    }
}
