package org.stationconfig.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins reach the audit log in aggregate: counted in memory per account and address, and written as one
 * {@code LOGIN_FAILED} line per pair every window ({@value #WINDOW_PROPERTY}, 5 minutes unless configured) and at
 * shutdown. A guessing attacker thus costs at most {@value #MAX_PAIRS} + 1 rows per window, not a durable row per guess
 * on the station's flash.
 */
@Singleton
public class FailedLoginTally {

    static final String WINDOW_PROPERTY = "station.auth.failed-login-window";
    private static final String WINDOW = "${" + WINDOW_PROPERTY + ":5m}";
    static final int MAX_PAIRS = 50;
    private static final Logger LOG = LoggerFactory.getLogger(FailedLoginTally.class);

    private final AccessAudit audit;
    private final Clock clock;
    private final Duration windowLength;
    private Map<String, Tally> window = new LinkedHashMap<>();
    private long notItemised;

    public FailedLoginTally(AccessAudit audit, Clock clock, @Value(WINDOW) Duration windowLength) {
        this.audit = audit;
        this.clock = clock;
        this.windowLength = windowLength;
    }

    /** One failed attempt; {@code lock} is the lock it started (zero while failures are still free). */
    public synchronized void failed(String principal, String address, String reason, Duration lock) {
        String key = principal + "\n" + address;
        Tally tally = window.get(key);
        if (tally == null) {
            if (window.size() >= MAX_PAIRS) {
                notItemised++;
                return;
            }
            tally = new Tally(principal, address, clock.instant());
            window.put(key, tally);
        }
        tally.add(reason, lock, clock.instant());
    }

    /** Writes the window's lines and starts a new window. */
    @Scheduled(fixedDelay = WINDOW, initialDelay = WINDOW)
    @PreDestroy
    public void flush() {
        List<Tally> tallies;
        long others;
        synchronized (this) {
            tallies = List.copyOf(window.values());
            others = notItemised;
            window = new LinkedHashMap<>();
            notItemised = 0;
        }
        try {
            tallies.forEach(t -> audit.loginFailures(t.principal, t.describe()));
            if (others > 0) {
                audit.loginFailures(AccessAudit.UNKNOWN_USER, others + " more failed logins from further accounts "
                        + "and addresses (more than " + MAX_PAIRS + " pairs in " + windowLength.toSeconds() + " s)");
            }
        } catch (RuntimeException e) {
            LOG.error("Failed logins could not be written to the audit log ({} pairs)", tallies.size(), e);
        }
    }

    private static final class Tally {
        private final String principal;
        private final String address;
        private final Instant first;
        private Instant last;
        private long count;
        private Duration longestLock = Duration.ZERO;
        private final Map<String, Long> byReason = new TreeMap<>();

        Tally(String principal, String address, Instant first) {
            this.principal = principal;
            this.address = address;
            this.first = first;
            this.last = first;
        }

        void add(String reason, Duration lock, Instant at) {
            count++;
            last = at;
            byReason.merge(reason, 1L, Long::sum);
            if (lock.compareTo(longestLock) > 0) {
                longestLock = lock;
            }
        }

        String describe() {
            String reasons = byReason.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                    .collect(Collectors.joining(", "));
            return count + (count == 1 ? " failed login" : " failed logins") + " from " + address + " between "
                    + first + " and " + last + " (" + reasons + ")"
                    + (longestLock.isZero() ? "" : "; locked for up to " + longestLock.toSeconds() + " s");
        }
    }
}
