package org.stationconfig.station.authorization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.stationconfig.ocpp.v16.types.AuthorizationData;
import org.stationconfig.ocpp.v16.types.AuthorizationStatus;
import org.stationconfig.ocpp.v16.types.IdTagInfo;

/** One entry of the Local Authorization List. */
@MappedEntity("local_auth_entry")
public record LocalAuthEntry(@Id String tagKey, String idTag, AuthorizationStatus status, @Nullable Instant expiryDate,
                             @Nullable String parentIdTag) {

    static LocalAuthEntry of(AuthorizationData data) {
        IdTagInfo info = data.idTagInfo();
        return new LocalAuthEntry(TagKey.of(data.idTag()), data.idTag(), info.status(), info.expiryDate(),
                info.parentIdTag());
    }

    IdTagInfo info() {
        return new IdTagInfo(expiryDate, parentIdTag, status);
    }

    AuthorizationData data() {
        return new AuthorizationData(idTag, info());
    }
}
