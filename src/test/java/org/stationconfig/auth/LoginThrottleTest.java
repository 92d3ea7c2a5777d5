package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void threeFailuresAreFreeThenTheLockDoublesUpTo15Minutes() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttle.failed("owner", "10.0.0.1"));
            assertEquals(Optional.empty(), throttle.lockedFor("owner", "10.0.0.1"));
        }
        long[] expected = {2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900};
        for (long seconds : expected) {
            assertEquals(Duration.ofSeconds(seconds), throttle.failed("owner", "10.0.0.1"));
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.lockedFor("owner", "10.0.0.1"));
            clock.advance(Duration.ofSeconds(seconds));
            assertEquals(Optional.empty(), throttle.lockedFor("owner", "10.0.0.1"), "the lock ends by itself");
        }
    }

    @Test
    void anAttackersFailuresNeverLockAClientThatHasNotFailed() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("owner", "10.0.0.66");
        }

        assertEquals(Optional.of(LoginThrottle.MAX_LOCK), throttle.lockedFor("owner", "10.0.0.66"));
        assertEquals(Optional.empty(), throttle.lockedFor("owner", "10.0.0.7"), "the owner's phone");
        assertEquals(Optional.empty(), throttle.lockedFor("OWNER", "10.0.0.7"));
    }

    @Test
    void guessesSpreadOverAddressesSlowEveryAddressThatFailedRepeatedlyForAtMostAMinute() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("owner", "10.0.1." + i); // two guesses each: no address or client reaches its lock
            throttle.failed("owner", "10.0.1." + i);
        }

        assertEquals(Optional.of(LoginThrottle.ACCOUNT_MAX_LOCK), throttle.lockedFor("owner", "10.0.1.3"));
        assertEquals(Optional.empty(), throttle.lockedFor("owner", "10.0.0.7"), "a client without failures");
        assertEquals(Optional.empty(), throttle.lockedFor("installer", "10.0.1.3"), "other accounts");
        clock.advance(LoginThrottle.ACCOUNT_MAX_LOCK);
        assertEquals(Optional.empty(), throttle.lockedFor("owner", "10.0.1.3"));
    }

    @Test
    void theOwnerWithOneTypoInTheLastHourStillGetsInWhileAnAttackerHammersTheAccount() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("owner", "10.0.0.66");
            throttle.failed("owner", "10.0.2." + i);
        }
        clock.advance(Duration.ofMinutes(20));
        assertEquals(Duration.ZERO, throttle.failed("owner", "10.0.0.7"), "the owner's typo");
        for (int i = 0; i < 10; i++) {
            throttle.failed("owner", "10.0.3." + i); // the attacker keeps the account-wide count up
        }

        assertEquals(Optional.empty(), throttle.lockedFor("owner", "10.0.0.7"), "the right password is checked");
    }

    @Test
    void ipv6AddressesOfOneSlash64AreOneClientSoRotatingSlaacAddressesDoesNotHelp() {
        for (int i = 1; i <= 5; i++) {
            throttle.failed("owner", "2001:db8:1:2:" + Integer.toHexString(i * 4099) + ":0:0:" + i);
        }

        assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.lockedFor("owner", "2001:db8:1:2::abcd"));
        assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.lockedFor("service", "2001:db8:1:2:ffff::1%eth0"),
                "the address lock too");
        assertEquals(Optional.empty(), throttle.lockedFor("owner", "2001:db8:1:3::1"), "the next /64 is another client");
        assertEquals(Optional.empty(), throttle.lockedFor("owner", "10.0.0.1"));
    }

    @Test
    void ipv4AddressesAreKeptApart() {
        for (int i = 1; i <= 5; i++) {
            throttle.failed("owner", "10.0.0." + i);
        }

        assertEquals(Optional.empty(), throttle.lockedFor("owner", "10.0.0.9"));
    }

    @Test
    void theAddressIsLockedForEveryAccountIncludingUnknownOnes() {
        throttle.failed("owner", "10.0.0.1");
        throttle.failed("installer", "10.0.0.1");
        throttle.failed("no-such-user", "10.0.0.1");
        throttle.failed("another-unknown", "10.0.0.1");

        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.lockedFor("service", "10.0.0.1"));
        assertEquals(Optional.empty(), throttle.lockedFor("service", "10.0.0.2"));
    }

    @Test
    void successClearsOnlyThatClientNotTheAddressNorTheAccountCountAnAttackerBuilt() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("owner", "10.0.1." + i);
            throttle.failed("owner", "10.0.1." + i);
        }
        for (int i = 0; i < 4; i++) {
            throttle.failed("owner", "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(2));
        throttle.succeeded("owner", "10.0.0.1");

        assertEquals(Optional.of(LoginThrottle.ACCOUNT_MAX_LOCK.minusSeconds(2)), throttle.lockedFor("owner", "10.0.1.3"),
                "the attacker's account-wide count stands");
        assertEquals(Optional.empty(), throttle.lockedFor("owner", "10.0.0.1"), "that client starts over");
        assertEquals(Duration.ofSeconds(4), throttle.failed("installer", "10.0.0.1"), "the address does not");
    }

    @Test
    void aQuietHourAfterTheLockForgetsTheFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("owner", "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(4).plus(LoginThrottle.FORGET_AFTER));

        assertEquals(Duration.ZERO, throttle.failed("owner", "10.0.0.1"));
    }

    @Test
    void memoryStaysBoundedUnderAFloodOfUsernames() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED + 100; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        // the address entry is the most recently used and survives the eviction
        assertTrue(throttle.lockedFor("anyone", "10.0.0.1").isPresent());
        assertEquals(Optional.empty(), throttle.lockedFor("user0", "10.0.0.2"), "oldest username evicted");
    }
}
