package org.stationconfig.station.reservation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.stationconfig.station.authorization.TagKey;

/**
 * A reservation the central system made with ReserveNow (S16 §5.13).
 *
 * @param connectorId 0 = any connector: one must stay free for this tag (ReserveConnectorZeroSupported)
 * @param parentIdTag the group whose tags may use it too, if the central system gave one
 */
@MappedEntity("station_reservation")
public record Reservation(@Id int reservationId, int connectorId, String idTag, @Nullable String parentIdTag,
                          Instant expiryDate) {

    public boolean anyConnector() {
        return connectorId == 0;
    }

    public boolean expired(Instant now) {
        return !expiryDate.isAfter(now);
    }

    /**
     * S16 §5.13: a tag may use the reservation when it or its parent id tag matches the reservation's id tag or
     * parent id tag (id tags are case-insensitive).
     */
    public boolean admits(String tag, @Nullable String tagParent) {
        return matches(tag) || matches(tagParent);
    }

    /** A tag's parent id tag can let it in: to decide for another tag, its parent must be known. */
    public boolean hasParent() {
        return parentIdTag != null;
    }

    private boolean matches(@Nullable String tag) {
        return TagKey.same(tag, idTag) || TagKey.same(tag, parentIdTag);
    }
}
