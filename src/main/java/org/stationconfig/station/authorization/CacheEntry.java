package org.stationconfig.station.authorization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The latest verdict the central system gave on a tag. */
@MappedEntity("auth_cache_entry")
public record CacheEntry(@Id String tagKey, String idTag, TagStatus status, @Nullable Instant expiryDate,
                         @Nullable String parentIdTag, Instant updatedAt) {

    TagVerdict info() {
        return new TagVerdict(expiryDate, parentIdTag, status);
    }
}
