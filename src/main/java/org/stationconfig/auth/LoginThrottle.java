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
 * Slows password guessing down without turning it against the people on site. Failures are counted per client
 * (address + account) and per address, an IPv6 address by its /64 ({@link ClientAddress#network}): the first
 * {@value #FREE_FAILURES} are free, the n-th after that locks that client for 2^(n-3) s, at most 15 min. An account's
 * failures from all clients together lock too, but only clients that have themselves failed repeatedly (at least
 * {@value #REPEATED} times) on that account, and for at most {@link #ACCOUNT_MAX_LOCK}: that slows guessing spread over
 * many addresses, while a client that has not failed repeatedly (the owner's phone after a typo) is never refused by
 * other clients' guesses, so the owner's right password works from the owner's phone. A lock ends by itself; a quiet
 * hour after it forgets the count. A success clears only that client's count: not the address's (or one valid login
 * would let a client guess other accounts' passwords faster), nor the account's (which other clients' guesses built).
 * Usernames that match no account are counted like real ones, so a lockout does not reveal which accounts exist.
 *
 * <p>Kept in memory, in maps bounded to {@value #MAX_TRACKED} entries each (least recently failed evicted): failed
 * logins are attacker-driven and must not grow the database or wear the station's flash ({@link FailedLoginTally}
 * writes them to the audit log in aggregate), and a restart (which forgets the counts) takes longer than most locks.
 */
@Singleton
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final int REPEATED = 2;
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration ACCOUNT_MAX_LOCK = Duration.ofMinutes(1);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_TRACKED = 4096;
    private static final int MAX_KEY_LENGTH = 64;

    private final Map<String, Failures> byClient = boundedMap();
    private final Map<String, Failures> byAddress = boundedMap();
    private final Map<String, Failures> byAccount = boundedMap();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long attempts for this username from this address are still refused; empty when they may try. */
    public synchronized Optional<Duration> lockedFor(String username, String peer) {
        Instant now = clock.instant();
        String account = accountKey(username);
        String address = ClientAddress.network(peer);
        Duration wait = max(remaining(byClient.get(clientKey(account, address)), now, MAX_LOCK),
                remaining(byAddress.get(address), now, MAX_LOCK));
        if (failedRepeatedly(byClient.get(clientKey(account, address)), now)) {
            wait = max(wait, remaining(byAccount.get(account), now, ACCOUNT_MAX_LOCK));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed attempt; returns the lock it starts for this client (zero while failures are still free). */
    public synchronized Duration failed(String username, String peer) {
        Instant now = clock.instant();
        String account = accountKey(username);
        String address = ClientAddress.network(peer);
        Failures client = count(byClient, clientKey(account, address), now);
        Duration fromAddress = count(byAddress, address, now).lock(MAX_LOCK);
        Duration onAccount = count(byAccount, account, now).lock(ACCOUNT_MAX_LOCK);
        Duration lock = max(client.lock(MAX_LOCK), fromAddress);
        return client.count() >= REPEATED ? max(lock, onAccount) : lock;
    }

    /** The right password from this client: that client starts over, the address and the account do not. */
    public synchronized void succeeded(String username, String peer) {
        byClient.remove(clientKey(accountKey(username), ClientAddress.network(peer)));
    }

    /** A new password set by service: every count for the account starts over. */
    public synchronized void reset(String username) {
        String account = accountKey(username);
        byAccount.remove(account);
        byClient.keySet().removeIf(key -> key.endsWith("\n" + account));
    }

    private static boolean failedRepeatedly(Failures client, Instant now) {
        return client != null && client.count() >= REPEATED && !client.forgottenAt(now, MAX_LOCK);
    }

    private static Failures count(Map<String, Failures> map, String key, Instant now) {
        Failures previous = map.get(key);
        int n = previous == null || previous.forgottenAt(now, MAX_LOCK) ? 1 : previous.count() + 1;
        Failures failures = new Failures(n, now);
        map.put(key, failures);
        return failures;
    }

    private static Duration remaining(Failures failures, Instant now, Duration cap) {
        if (failures == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.lockedUntil(cap));
        return left.isNegative() ? Duration.ZERO : left;
    }

    // Case-folded so "Owner" and "owner" share a count; truncated so huge usernames cannot bloat memory.
    private static String accountKey(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private static String clientKey(String account, String address) {
        return address + "\n" + account;
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

        Duration lock(Duration cap) {
            if (count <= FREE_FAILURES) {
                return Duration.ZERO;
            }
            int exponent = Math.min(count - FREE_FAILURES, 20); // 2^20 s is far above the cap already
            Duration lock = Duration.ofSeconds(1L << exponent);
            return lock.compareTo(cap) > 0 ? cap : lock;
        }

        Instant lockedUntil(Duration cap) {
            return last.plus(lock(cap));
        }

        boolean forgottenAt(Instant now, Duration cap) {
            return !now.isBefore(lockedUntil(cap).plus(FORGET_AFTER));
        }
    }
}
