package org.stationconfig.station.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stationconfig.station.authorization.Authorization.Source;

/** Who decides on a tag, per authorizationMode and the standard keys (S16 §3.5). */
class AuthorizationPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final TagVerdict ACCEPTED = TagVerdict.of(TagStatus.Accepted);
    private static final TagVerdict BLOCKED = TagVerdict.of(TagStatus.Blocked);
    private static final TagVerdict EXPIRED = new TagVerdict(NOW.minusSeconds(1), null, TagStatus.Accepted);
    private static final TagVerdict IN_GROUP = new TagVerdict(null, "GROUP-1", TagStatus.Accepted);

    /** CENTRAL, online, list and cache on, no pre-authorisation, offline rules at their defaults. */
    private static Inputs central() {
        return new Inputs(AuthorizationMode.CENTRAL, true, true, true, false, true, false, null, null);
    }

    @Test
    void freeVendAndAnyTagAskNobody() {
        assertEquals(Optional.of(Authorization.accepted("T", Source.STATION)),
                decide(central().mode(AuthorizationMode.ANY_TAG).offline()));
        assertEquals(Optional.of(Authorization.accepted("T", Source.STATION)),
                decide(central().mode(AuthorizationMode.AUTO_START)));
    }

    @Test
    void theLocalListModeAcceptsOnlyValidEntriesAndNeverAsks() {
        Inputs list = central().mode(AuthorizationMode.LOCAL_LIST).listEnabled(false);
        assertEquals(verdict(TagStatus.Accepted, Source.LOCAL_LIST), decide(list.list(ACCEPTED)));
        assertEquals(verdict(TagStatus.Invalid, Source.LOCAL_LIST), decide(list));
        assertEquals(verdict(TagStatus.Blocked, Source.LOCAL_LIST), decide(list.list(BLOCKED)));
        assertEquals(verdict(TagStatus.Expired, Source.LOCAL_LIST), decide(list.list(EXPIRED)));
        assertEquals(verdict(TagStatus.Invalid, Source.LOCAL_LIST), decide(list.offline()));
    }

    @Test
    void localOrCentralStartsListedTagsAtOnceAndAsksForTheRest() {
        Inputs both = central().mode(AuthorizationMode.LOCAL_OR_CENTRAL);
        assertEquals(verdict(TagStatus.Accepted, Source.LOCAL_LIST), decide(both.list(ACCEPTED)));
        assertEquals(Optional.empty(), decide(both), "not listed: ask the central system");
        assertEquals(Optional.empty(), decide(both.list(BLOCKED)), "blocked here: the central system may know better");
    }

    @Test
    void onlineTheCentralSystemIsAskedUnlessLocalPreAuthorizeFindsAValidTag() {
        assertEquals(Optional.empty(), decide(central().list(ACCEPTED)));
        Inputs pre = central().preAuthorizing();
        assertEquals(verdict(TagStatus.Accepted, Source.LOCAL_LIST), decide(pre.list(ACCEPTED)));
        assertEquals(verdict(TagStatus.Accepted, Source.CACHE), decide(pre.cache(ACCEPTED)));
        assertEquals(Optional.empty(), decide(pre.cache(EXPIRED)), "an expired entry is asked about");
        assertEquals(Optional.empty(), decide(pre.cache(ACCEPTED).cacheEnabled(false)), "the cache is off");
        assertEquals(Optional.empty(), decide(pre.list(ACCEPTED).listEnabled(false)), "the list is off");
    }

    @Test
    void offlineTheListComesBeforeTheCacheAndUnknownTagsNeedAllowOfflineTxForUnknownId() {
        Inputs offline = central().offline();
        assertEquals(verdict(TagStatus.Blocked, Source.LOCAL_LIST), decide(offline.list(BLOCKED).cache(ACCEPTED)));
        assertEquals(verdict(TagStatus.Accepted, Source.CACHE), decide(offline.cache(ACCEPTED)));
        assertEquals(verdict(TagStatus.Invalid, Source.OFFLINE_UNKNOWN), decide(offline));
        assertEquals(verdict(TagStatus.Accepted, Source.OFFLINE_UNKNOWN), decide(offline.allowingUnknown()));
        assertEquals(verdict(TagStatus.Blocked, Source.CACHE), decide(offline.cache(BLOCKED).allowingUnknown()),
                "a tag known as blocked is not unknown");
    }

    @Test
    void withoutLocalAuthorizeOfflineKnownTagsDoNotChargeOffline() {
        Inputs strict = central().offline().noLocalOffline();
        assertEquals(verdict(TagStatus.Invalid, Source.CACHE), decide(strict.cache(ACCEPTED)));
        assertEquals(verdict(TagStatus.Invalid, Source.LOCAL_LIST), decide(strict.list(ACCEPTED)));
    }

    @Test
    void theParentIdTagComesWithTheVerdict() {
        Authorization verdict = decide(central().offline().cache(IN_GROUP)).orElseThrow();
        assertTrue(verdict.accepted());
        assertEquals("GROUP-1", verdict.parentIdTag());
    }

    private static Optional<Authorization> decide(Inputs in) {
        return AuthorizationPolicy.beforeAsking("T", in.build());
    }

    private static Optional<Authorization> verdict(TagStatus status, Source source) {
        return Optional.of(new Authorization("T", status, null, source));
    }

    /** A readable way to vary one input at a time. */
    private record Inputs(AuthorizationMode mode, boolean online, boolean listEnabled, boolean cacheEnabled,
                          boolean preAuthorize, boolean localOffline, boolean allowUnknown, TagVerdict list,
                          TagVerdict cache) {
        Inputs mode(AuthorizationMode m) {
            return new Inputs(m, online, listEnabled, cacheEnabled, preAuthorize, localOffline, allowUnknown, list, cache);
        }

        Inputs offline() {
            return new Inputs(mode, false, listEnabled, cacheEnabled, preAuthorize, localOffline, allowUnknown, list, cache);
        }

        Inputs listEnabled(boolean on) {
            return new Inputs(mode, online, on, cacheEnabled, preAuthorize, localOffline, allowUnknown, list, cache);
        }

        Inputs cacheEnabled(boolean on) {
            return new Inputs(mode, online, listEnabled, on, preAuthorize, localOffline, allowUnknown, list, cache);
        }

        Inputs preAuthorizing() {
            return new Inputs(mode, online, listEnabled, cacheEnabled, true, localOffline, allowUnknown, list, cache);
        }

        Inputs noLocalOffline() {
            return new Inputs(mode, online, listEnabled, cacheEnabled, preAuthorize, false, allowUnknown, list, cache);
        }

        Inputs allowingUnknown() {
            return new Inputs(mode, online, listEnabled, cacheEnabled, preAuthorize, localOffline, true, list, cache);
        }

        Inputs list(TagVerdict entry) {
            return new Inputs(mode, online, listEnabled, cacheEnabled, preAuthorize, localOffline, allowUnknown, entry, cache);
        }

        Inputs cache(TagVerdict entry) {
            return new Inputs(mode, online, listEnabled, cacheEnabled, preAuthorize, localOffline, allowUnknown, list, entry);
        }

        AuthorizationPolicy.Inputs build() {
            return new AuthorizationPolicy.Inputs(mode, online, listEnabled, cacheEnabled, preAuthorize, localOffline,
                    allowUnknown, list, cache, NOW);
        }
    }
}
