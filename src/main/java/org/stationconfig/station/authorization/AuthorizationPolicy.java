package org.stationconfig.station.authorization;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Optional;

/**
 * Which verdict the station can give on its own, and when it must ask the central system (S16 §3.5, §9.1 keys).
 * Pure: the caller looks the tag up in the lists and the cache and says whether the station is online.
 * <p>
 * Two lists (issue 14): the central system's Local Authorization List and the owner's local tags. Local tags decide
 * in LOCAL_LIST and LOCAL_OR_CENTRAL and whenever the central system cannot be asked (whatever LocalAuthorizeOffline
 * says: that key is about the central system's list and cache). A tag in both: while a central system is configured
 * its list entry wins (the operator owns it); without one the local tag decides. A disabled local tag is Blocked, an
 * expired one Expired: neither ever authorizes.
 */
public final class AuthorizationPolicy {

    /**
     * @param listEntry         the tag's Local Authorization List entry, if it has one
     * @param cacheEntry        the tag's authorisation cache entry, if it has one
     * @param localTag          the tag as one of the owner's local tags, if it is one
     * @param centralConfigured a central system is configured (it may still be unreachable)
     */
    public record Inputs(AuthorizationMode mode, boolean online, boolean listEnabled, boolean cacheEnabled,
                         boolean localPreAuthorize, boolean localAuthorizeOffline, boolean allowOfflineTxForUnknownId,
                         @Nullable TagVerdict listEntry, @Nullable TagVerdict cacheEntry, Instant now,
                         @Nullable TagVerdict localTag, boolean centralConfigured) {

        /** Without local tags, with a central system configured: the OCPP rules alone. */
        public Inputs(AuthorizationMode mode, boolean online, boolean listEnabled, boolean cacheEnabled,
                      boolean localPreAuthorize, boolean localAuthorizeOffline, boolean allowOfflineTxForUnknownId,
                      @Nullable TagVerdict listEntry, @Nullable TagVerdict cacheEntry, Instant now) {
            this(mode, online, listEnabled, cacheEnabled, localPreAuthorize, localAuthorizeOffline,
                    allowOfflineTxForUnknownId, listEntry, cacheEntry, now, null, true);
        }
    }

    private AuthorizationPolicy() {
    }

    /** The verdict without the central system, or empty when it must be asked (an Authorize.req). */
    public static Optional<Authorization> beforeAsking(String idTag, Inputs in) {
        return switch (in.mode()) {
            case AUTO_START, ANY_TAG -> Optional.of(Authorization.accepted(idTag, Authorization.Source.STATION));
            // the installer chose the list as the only authority: it decides whatever LocalAuthListEnabled says
            case LOCAL_LIST -> Optional.of(listed(idTag, in, true).orElseGet(() ->
                    new Authorization(idTag, TagStatus.Invalid, null, Authorization.Source.LOCAL_LIST)));
            case LOCAL_OR_CENTRAL -> listed(idTag, in, true).filter(Authorization::accepted)
                    .or(() -> central(idTag, in));
            case CENTRAL -> central(idTag, in);
        };
    }

    private static Optional<Authorization> central(String idTag, Inputs in) {
        if (!in.online()) {
            return Optional.of(offline(idTag, in));
        }
        // LocalPreAuthorize: a tag the station knows as valid starts at once, without waiting for Authorize.conf
        if (in.localPreAuthorize()) {
            return known(idTag, in).filter(Authorization::accepted);
        }
        return Optional.empty();
    }

    /**
     * The verdict while the central system cannot be reached (offline, or Authorize.req got no answer):
     * LocalAuthorizeOffline lets a tag valid in the list or cache charge; a tag known as invalid never charges;
     * AllowOfflineTxForUnknownId lets an unknown tag charge.
     */
    public static Authorization offline(String idTag, Inputs in) {
        Optional<Authorization> known = listed(idTag, in, in.listEnabled()).or(() -> cached(idTag, in));
        if (known.isPresent()) {
            Authorization verdict = known.get();
            boolean ownTag = verdict.source() == Authorization.Source.LOCAL_TAG;
            return verdict.accepted() && !in.localAuthorizeOffline() && !ownTag
                    ? new Authorization(idTag, TagStatus.Invalid, null, verdict.source()) : verdict;
        }
        return in.allowOfflineTxForUnknownId()
                ? Authorization.accepted(idTag, Authorization.Source.OFFLINE_UNKNOWN)
                : new Authorization(idTag, TagStatus.Invalid, null, Authorization.Source.OFFLINE_UNKNOWN);
    }

    /** The list takes precedence over the cache (S16 §3.5.3); each counts only while enabled. */
    private static Optional<Authorization> known(String idTag, Inputs in) {
        if (in.listEnabled() && in.listEntry() != null) {
            return Optional.of(verdict(idTag, in.listEntry(), Authorization.Source.LOCAL_LIST, in.now()));
        }
        return cached(idTag, in);
    }

    /**
     * The tag's entry in the two lists: the central system's list entry (when it counts) while a central system is
     * configured, else the local tag, else the list entry.
     */
    private static Optional<Authorization> listed(String idTag, Inputs in, boolean listCounts) {
        TagVerdict list = listCounts ? in.listEntry() : null;
        if (list != null && (in.centralConfigured() || in.localTag() == null)) {
            return Optional.of(verdict(idTag, list, Authorization.Source.LOCAL_LIST, in.now()));
        }
        if (in.localTag() != null) {
            return Optional.of(verdict(idTag, in.localTag(), Authorization.Source.LOCAL_TAG, in.now()));
        }
        return Optional.empty();
    }

    private static Optional<Authorization> cached(String idTag, Inputs in) {
        if (in.cacheEnabled() && in.cacheEntry() != null) {
            return Optional.of(verdict(idTag, in.cacheEntry(), Authorization.Source.CACHE, in.now()));
        }
        return Optional.empty();
    }

    private static Authorization verdict(String idTag, TagVerdict info, Authorization.Source source, Instant now) {
        TagStatus status = info.status() == TagStatus.Accepted && expired(info, now)
                ? TagStatus.Expired : info.status();
        return new Authorization(idTag, status, info.parentIdTag(), source);
    }

    private static boolean expired(TagVerdict info, Instant now) {
        return info.expiryDate() != null && !info.expiryDate().isAfter(now);
    }
}
