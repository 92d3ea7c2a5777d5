package org.stationconfig.station.authorization;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What the central system, the Local Authorization List, the cache or a local tag says about an id tag.
 *
 * @param expiryDate  when an Accepted verdict stops holding; null: it does not expire
 * @param parentIdTag the group the tag belongs to; null when none
 */
public record TagVerdict(@Nullable Instant expiryDate, @Nullable String parentIdTag, TagStatus status) {

    public static TagVerdict of(TagStatus status) {
        return new TagVerdict(null, null, status);
    }
}
