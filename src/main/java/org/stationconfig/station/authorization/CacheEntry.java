package org.stationconfig.station.authorization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.stationconfig.ocpp.v16.types.AuthorizationStatus;
import org.stationconfig.ocpp.v16.types.IdTagInfo;

/** The latest verdict the central system gave on a tag. */
@MappedEntity("auth_cache_entry")
public record CacheEntry(@Id String tagKey, String idTag, AuthorizationStatus status, @Nullable Instant expiryDate,
                         @Nullable String parentIdTag, Instant updatedAt) {

    IdTagInfo info() {
        return new IdTagInfo(expiryDate, parentIdTag, status);
    }
}
