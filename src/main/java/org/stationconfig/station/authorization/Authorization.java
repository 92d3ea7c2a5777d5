package org.stationconfig.station.authorization;

import io.micronaut.core.annotation.Nullable;

/**
 * The verdict on an id tag and who gave it.
 *
 * @param parentIdTag the group the tag belongs to: a tag of the same group may stop the transaction
 */
public record Authorization(String idTag, TagStatus status, @Nullable String parentIdTag, Source source) {

    public enum Source {
        /** Free vend (AUTO_START) or ANY_TAG: nobody was asked. */
        STATION,
        /** The central system's Local Authorization List (SendLocalList). */
        LOCAL_LIST,
        /** The owner's local tags, managed from the app (issue 14). */
        LOCAL_TAG,
        CACHE,
        CENTRAL,
        /** Offline and unknown, allowed by AllowOfflineTxForUnknownId. */
        OFFLINE_UNKNOWN,
        /** A RemoteStartTransaction without AuthorizeRemoteTxRequests: the central system asked for it. */
        REMOTE
    }

    public static Authorization of(String idTag, TagVerdict info, Source source) {
        return new Authorization(idTag, info.status(), info.parentIdTag(), source);
    }

    public static Authorization accepted(String idTag, Source source) {
        return new Authorization(idTag, TagStatus.Accepted, null, source);
    }

    public boolean accepted() {
        return status == TagStatus.Accepted;
    }
}
