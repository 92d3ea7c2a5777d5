package org.stationconfig.auth;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.stationconfig.api.ProblemException;
import org.stationconfig.i18n.Text;

/**
 * Checks passwords for logins and for password changes, under {@link LoginThrottle}. Checks run one at a time:
 * that makes "is it locked? → check → count the failure" atomic, so parallel guesses cannot slip past a lock, and
 * it bounds the CPU and memory Argon2 may take on the station to one hash at a time.
 */
@Singleton
public class PasswordLogin {

    private final AccountRepository accounts;
    private final AccessGrantRepository grants;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final FailedLoginTally failures;
    private final AccessTokens tokens;
    private final AccessAudit audit;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    public PasswordLogin(AccountRepository accounts, AccessGrantRepository grants, PasswordHasher hasher,
                         LoginThrottle throttle, FailedLoginTally failures, AccessTokens tokens, AccessAudit audit,
                         Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.hasher = hasher;
        this.throttle = throttle;
        this.failures = failures;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token for the right password; 401 for a wrong one or an unknown user (alike), 429 while locked. */
    public AccessTokens.IssuedToken login(String username, String password, String address) {
        String name = normalise(username);
        refuseWhileLocked(name, address);
        oneAtATime.lock();
        try {
            refuseWhileLocked(name, address);
            Optional<Account> account = accounts.findByUsername(name);
            Optional<AccessGrant> grant = account.isPresent() ? Optional.empty() : grants.findByUsername(name);
            String hash = account.map(Account::passwordHash).or(() -> grant.map(AccessGrant::passwordHash))
                    .orElse(null);
            boolean right = hash == null ? hasher.matchesNothing(password) : hasher.matches(password, hash);
            if (!right) {
                String principal = hash == null ? AccessAudit.UNKNOWN_USER : name;
                fail(name, principal, address, "wrong password");
                throw ProblemException.of(HttpStatus.UNAUTHORIZED, Text.of("problem.login.failed.title"),
                        Text.of("problem.login.failed.detail"));
            }
            throttle.succeeded(name, address);
            if (account.isPresent()) {
                audit.loginSucceeded(name, address);
                return tokens.issue(account.get());
            }
            AccessGrant g = grant.orElseThrow();
            if (!g.isActiveAt(clock.instant())) {
                audit.loginFailed(name, address, "temporary access " + (g.revokedAt() != null ? "revoked" : "expired"));
                throw ProblemException.of(HttpStatus.UNAUTHORIZED, Text.of("problem.login.failed.title"),
                        Text.of("problem.login.grantExpired.detail"));
            }
            audit.grantUsed(g, address);
            return tokens.issue(g);
        } finally {
            oneAtATime.unlock();
        }
    }

    /**
     * Whether {@code password} is the current password of the permanent account {@code username}. A wrong one
     * counts as a failed login: a stolen token must not become a way to guess the password.
     */
    public boolean isCurrentPassword(Account account, String password, String address) {
        refuseWhileLocked(account.username(), address);
        oneAtATime.lock();
        try {
            refuseWhileLocked(account.username(), address);
            if (hasher.matches(password, account.passwordHash())) {
                throttle.succeeded(account.username(), address);
                return true;
            }
            fail(account.username(), account.username(), address, "wrong current password on password change");
            return false;
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Usernames are lower case; "Owner" is the owner. */
    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private void fail(String name, String principal, String address, String reason) {
        Duration lock = throttle.failed(name, address);
        failures.failed(principal, address, reason, lock);
    }

    private void refuseWhileLocked(String name, String address) {
        throttle.lockedFor(name, address).ifPresent(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000); // Retry-After is whole seconds, rounded up
            throw ProblemException.of(HttpStatus.TOO_MANY_REQUESTS, Text.of("problem.login.tooMany.title"),
                    Text.of("problem.login.tooMany.detail", seconds), Map.of("Retry-After", Long.toString(seconds)));
        });
    }
}
