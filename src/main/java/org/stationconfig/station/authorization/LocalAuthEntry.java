package org.stationconfig.station.authorization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One entry of the Local Authorization List. */
@MappedEntity("local_auth_entry")
public record LocalAuthEntry(@Id String tagKey, String idTag, TagStatus status, @Nullable Instant expiryDate,
                             @Nullable String parentIdTag) {

    static LocalAuthEntry of(ListEntry entry) {
        TagVerdict verdict = entry.verdict();
        return new LocalAuthEntry(TagKey.of(entry.idTag()), entry.idTag(), verdict.status(), verdict.expiryDate(),
                verdict.parentIdTag());
    }

    TagVerdict info() {
        return new TagVerdict(expiryDate, parentIdTag, status);
    }

    ListEntry entry() {
        return new ListEntry(idTag, info());
    }
}
