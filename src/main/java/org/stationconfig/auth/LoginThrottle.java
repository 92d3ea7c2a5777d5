package org.stationconfig.auth;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down and then locks out password guessing, per account and per client address: the first
 * {@value #FREE_FAILURES} failures are free, the n-th failure after that locks for 2^(n-3) s, at most 15 min. A lock
 * ends by itself; a success resets the account's count (not the address's, or one valid login would let a client
 * guess other accounts' passwords faster). A quiet hour after the last lock ends forgets the count. Usernames that
 * match no account are counted like real ones, so a lockout does not reveal which accounts exist.
 *
 * <p>Kept in memory, in two maps bounded to {@value #MAX_TRACKED} entries each (least recently failed evicted):
 * failed logins are attacker-driven and must not grow the database or wear the station's flash, and a restart (which
 * forgets the counts) takes longer than most locks last. Eviction cannot be abused cheaply: filling a map needs
 * thousands of failures, and each client address is itself locked after a few.
 */
@Singleton
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_TRACKED = 4096;
    private static final int MAX_KEY_LENGTH = 64;

    private final Map<String, Failures> byAccount = boundedMap();
    private final Map<String, Failures> byAddress = boundedMap();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long attempts for this username or from this address are still refused; empty when they may try. */
    public synchronized Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(byAccount, accountKey(username), now), remaining(byAddress, address, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed attempt for both; returns the lock it starts (zero while failures are still free). */
    public synchronized Duration failed(String username, String address) {
        Instant now = clock.instant();
        return max(count(byAccount, accountKey(username), now), count(byAddress, address, now));
    }

    /** The right password: the account starts over. */
    public synchronized void succeeded(String username) {
        byAccount.remove(accountKey(username));
    }

    private static Duration count(Map<String, Failures> map, String key, Instant now) {
        Failures previous = map.get(key);
        int n = previous == null || previous.forgottenAt(now) ? 1 : previous.count() + 1;
        Failures failures = new Failures(n, now);
        map.put(key, failures);
        return failures.lock();
    }

    private static Duration remaining(Map<String, Failures> map, String key, Instant now) {
        Failures failures = map.get(key);
        if (failures == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.lockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    // Case-folded so "Owner" and "owner" share a count; truncated so huge usernames cannot bloat memory.
    private static String accountKey(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Map<String, Failures> boundedMap() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > MAX_TRACKED;
            }
        };
    }

    /** {@code count} failures so far, the last at {@code last}. */
    private record Failures(int count, Instant last) {

        Duration lock() {
            if (count <= FREE_FAILURES) {
                return Duration.ZERO;
            }
            int exponent = Math.min(count - FREE_FAILURES, 20); // 2^20 s is far above the cap already
            Duration lock = Duration.ofSeconds(1L << exponent);
            return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
        }

        Instant lockedUntil() {
            return last.plus(lock());
        }

        boolean forgottenAt(Instant now) {
            return !now.isBefore(lockedUntil().plus(FORGET_AFTER));
        }
    }
}
