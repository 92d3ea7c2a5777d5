package org.stationconfig.station.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stationconfig.station.authorization.Authorization.Source;

/**
 * The owner's local tags beside the central system's Local Authorization List (issue 14): where they count, and
 * which of the two decides a tag that is in both.
 */
class TwoListsPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final TagVerdict ENABLED = TagVerdict.of(TagStatus.Accepted);
    private static final TagVerdict DISABLED = TagVerdict.of(TagStatus.Blocked);
    private static final TagVerdict EXPIRED = new TagVerdict(NOW.minusSeconds(1), null, TagStatus.Accepted);
    private static final TagVerdict LIST_ACCEPTED = TagVerdict.of(TagStatus.Accepted);
    private static final TagVerdict LIST_BLOCKED = TagVerdict.of(TagStatus.Blocked);

    @Test
    void aLocalTagDecidesInLocalListModeAndADisabledOrExpiredOneNeverCharges() {
        assertEquals(verdict(TagStatus.Accepted, Source.LOCAL_TAG),
                decide(AuthorizationMode.LOCAL_LIST, true, null, ENABLED, true));
        assertEquals(verdict(TagStatus.Blocked, Source.LOCAL_TAG),
                decide(AuthorizationMode.LOCAL_LIST, true, null, DISABLED, true));
        assertEquals(verdict(TagStatus.Expired, Source.LOCAL_TAG),
                decide(AuthorizationMode.LOCAL_LIST, true, null, EXPIRED, true));
        assertEquals(verdict(TagStatus.Invalid, Source.LOCAL_LIST),
                decide(AuthorizationMode.LOCAL_LIST, true, null, null, true), "in neither list");
    }

    @Test
    void inLocalOrCentralAValidLocalTagChargesAtOnceAndAnyOtherAsksTheCentralSystem() {
        assertEquals(verdict(TagStatus.Accepted, Source.LOCAL_TAG),
                decide(AuthorizationMode.LOCAL_OR_CENTRAL, true, null, ENABLED, true));
        assertEquals(Optional.empty(), decide(AuthorizationMode.LOCAL_OR_CENTRAL, true, null, DISABLED, true));
        assertEquals(Optional.empty(), decide(AuthorizationMode.LOCAL_OR_CENTRAL, true, null, EXPIRED, true));
    }

    @Test
    void inCentralModeOnlineTheCentralSystemDecidesEvenForALocalTag() {
        assertEquals(Optional.empty(), decide(AuthorizationMode.CENTRAL, true, null, ENABLED, true));
    }

    @Test
    void offlineALocalTagChargesWhateverLocalAuthorizeOfflineSaysAndADisabledOneDoesNot() {
        assertEquals(verdict(TagStatus.Accepted, Source.LOCAL_TAG),
                decide(AuthorizationMode.CENTRAL, false, null, ENABLED, true));
        assertEquals(verdict(TagStatus.Blocked, Source.LOCAL_TAG),
                decide(AuthorizationMode.CENTRAL, false, null, DISABLED, true));
        assertEquals(verdict(TagStatus.Invalid, Source.LOCAL_LIST),
                decide(AuthorizationMode.CENTRAL, false, LIST_ACCEPTED, null, true),
                "the central system's list entry still needs LocalAuthorizeOffline");
        assertEquals(verdict(TagStatus.Invalid, Source.OFFLINE_UNKNOWN),
                decide(AuthorizationMode.CENTRAL, false, null, null, true));
    }

    @Test
    void withoutACentralSystemALocalTagCharges() {
        assertEquals(verdict(TagStatus.Accepted, Source.LOCAL_TAG),
                decide(AuthorizationMode.CENTRAL, false, null, ENABLED, false));
    }

    @Test
    void aTagInBothListsIsDecidedByTheCentralSystemsEntryWhileOneIsConfigured() {
        assertEquals(verdict(TagStatus.Blocked, Source.LOCAL_LIST),
                decide(AuthorizationMode.LOCAL_LIST, true, LIST_BLOCKED, ENABLED, true));
        assertEquals(verdict(TagStatus.Accepted, Source.LOCAL_LIST),
                decide(AuthorizationMode.LOCAL_LIST, true, LIST_ACCEPTED, DISABLED, true),
                "the operator's entry wins over the owner's disabled tag");
        assertEquals(Optional.empty(), decide(AuthorizationMode.LOCAL_OR_CENTRAL, true, LIST_BLOCKED, ENABLED, true),
                "blocked in the operator's list: the central system is asked");
    }

    @Test
    void aTagInBothListsIsDecidedByTheLocalTagWithoutACentralSystem() {
        assertEquals(verdict(TagStatus.Accepted, Source.LOCAL_TAG),
                decide(AuthorizationMode.LOCAL_LIST, false, LIST_BLOCKED, ENABLED, false));
        assertEquals(verdict(TagStatus.Blocked, Source.LOCAL_TAG),
                decide(AuthorizationMode.LOCAL_LIST, false, LIST_ACCEPTED, DISABLED, false));
        assertEquals(verdict(TagStatus.Blocked, Source.LOCAL_TAG),
                decide(AuthorizationMode.CENTRAL, false, LIST_ACCEPTED, DISABLED, false));
    }

    /** List and cache switched on, no pre-authorisation, LocalAuthorizeOffline off, unknown tags refused offline. */
    private static Optional<Authorization> decide(AuthorizationMode mode, boolean online, TagVerdict listEntry,
                                                  TagVerdict localTag, boolean centralConfigured) {
        return AuthorizationPolicy.beforeAsking("T", new AuthorizationPolicy.Inputs(mode, online, true, true, false,
                false, false, listEntry, null, NOW, localTag, centralConfigured));
    }

    private static Optional<Authorization> verdict(TagStatus status, Source source) {
        return Optional.of(new Authorization("T", status, null, source));
    }
}
