package org.stationconfig.station.authorization;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Optional;
import org.stationconfig.ocpp.v16.types.AuthorizationStatus;
import org.stationconfig.ocpp.v16.types.IdTagInfo;

/**
 * Which verdict the station can give on its own, and when it must ask the central system (S16 §3.5, §9.1 keys).
 * Pure: the caller looks the tag up in the list and the cache and says whether the station is online.
 */
public final class AuthorizationPolicy {

    /**
     * @param listEntry  the tag's Local Authorization List entry, if it has one
     * @param cacheEntry the tag's authorisation cache entry, if it has one
     */
    public record Inputs(AuthorizationMode mode, boolean online, boolean listEnabled, boolean cacheEnabled,
                         boolean localPreAuthorize, boolean localAuthorizeOffline, boolean allowOfflineTxForUnknownId,
                         @Nullable IdTagInfo listEntry, @Nullable IdTagInfo cacheEntry, Instant now) {
    }

    private AuthorizationPolicy() {
    }

    /** The verdict without the central system, or empty when it must be asked (an Authorize.req). */
    public static Optional<Authorization> beforeAsking(String idTag, Inputs in) {
        return switch (in.mode()) {
            case AUTO_START, ANY_TAG -> Optional.of(Authorization.accepted(idTag, Authorization.Source.STATION));
            // the installer chose the list as the only authority: it decides whatever LocalAuthListEnabled says
            case LOCAL_LIST -> Optional.of(in.listEntry() == null
                    ? new Authorization(idTag, AuthorizationStatus.Invalid, null, Authorization.Source.LOCAL_LIST)
                    : verdict(idTag, in.listEntry(), Authorization.Source.LOCAL_LIST, in.now()));
            case LOCAL_OR_CENTRAL -> valid(in.listEntry(), in.now())
                    ? Optional.of(verdict(idTag, in.listEntry(), Authorization.Source.LOCAL_LIST, in.now()))
                    : central(idTag, in);
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
        Optional<Authorization> known = known(idTag, in);
        if (known.isPresent()) {
            Authorization verdict = known.get();
            return verdict.accepted() && !in.localAuthorizeOffline()
                    ? new Authorization(idTag, AuthorizationStatus.Invalid, null, verdict.source()) : verdict;
        }
        return in.allowOfflineTxForUnknownId()
                ? Authorization.accepted(idTag, Authorization.Source.OFFLINE_UNKNOWN)
                : new Authorization(idTag, AuthorizationStatus.Invalid, null, Authorization.Source.OFFLINE_UNKNOWN);
    }

    /** The list takes precedence over the cache (S16 §3.5.3); each counts only while enabled. */
    private static Optional<Authorization> known(String idTag, Inputs in) {
        if (in.listEnabled() && in.listEntry() != null) {
            return Optional.of(verdict(idTag, in.listEntry(), Authorization.Source.LOCAL_LIST, in.now()));
        }
        if (in.cacheEnabled() && in.cacheEntry() != null) {
            return Optional.of(verdict(idTag, in.cacheEntry(), Authorization.Source.CACHE, in.now()));
        }
        return Optional.empty();
    }

    private static Authorization verdict(String idTag, IdTagInfo info, Authorization.Source source, Instant now) {
        AuthorizationStatus status = info.status() == AuthorizationStatus.Accepted && expired(info, now)
                ? AuthorizationStatus.Expired : info.status();
        return new Authorization(idTag, status, info.parentIdTag(), source);
    }

    private static boolean valid(@Nullable IdTagInfo info, Instant now) {
        return info != null && info.status() == AuthorizationStatus.Accepted && !expired(info, now);
    }

    private static boolean expired(IdTagInfo info, Instant now) {
        return info.expiryDate() != null && !info.expiryDate().isAfter(now);
    }
}
