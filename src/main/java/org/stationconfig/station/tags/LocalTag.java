package org.stationconfig.station.tags;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.stationconfig.station.authorization.TagStatus;
import org.stationconfig.station.authorization.TagVerdict;

/**
 * One of the owner's local id tags (issue 14), managed from the app; the central system never sees this list.
 *
 * @param tagKey     the id tag upper-cased: id tags are case-insensitive (S16 §2.2)
 * @param expiryDate after it the tag no longer authorizes; null: never expires
 */
@MappedEntity("local_id_tag")
public record LocalTag(@Id @GeneratedValue @Nullable Long id, String tagKey, String idTag, String name,
                       @Nullable String note, @Nullable Instant expiryDate, boolean enabled, Instant createdAt,
                       Instant updatedAt) {

    /** What the tag says to the authorisation rules: a disabled tag is Blocked, expiry is checked there. */
    public TagVerdict info() {
        return new TagVerdict(expiryDate, null, enabled ? TagStatus.Accepted : TagStatus.Blocked);
    }

    LocalTag edited(String newName, @Nullable String newNote, @Nullable Instant newExpiry, boolean on, Instant at) {
        return new LocalTag(id, tagKey, idTag, newName, newNote, newExpiry, on, createdAt, at);
    }
}
