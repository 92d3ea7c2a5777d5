package org.stationconfig.auth;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.stationconfig.api.ProblemException;
import org.stationconfig.i18n.Text;

/**
 * Time-limited installer access (field notes: Alfen hands out temporary installer passwords for up to 72 h): an
 * owner or service technician creates a temporary INSTALLER login that ends by itself or when revoked. A grant's
 * row and its audit line commit together, and {@link ActiveGrants} (what token checks read) changes only after that.
 */
@Singleton
public class AccessGrants {

    public static final Duration MIN_VALIDITY = Duration.ofMinutes(1);
    public static final Duration MAX_VALIDITY = Duration.ofHours(72);
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);
    static final String USERNAME_PREFIX = "installer-";

    private final AccessGrantRepository grants;
    private final ActiveGrants activeGrants;
    private final PasswordHasher hasher;
    private final AccessAudit audit;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<TokensRevoked> revocations;
    private final Clock clock;

    public AccessGrants(AccessGrantRepository grants, ActiveGrants activeGrants, PasswordHasher hasher,
                        AccessAudit audit, TransactionOperations<Connection> transactions,
                        ApplicationEventPublisher<TokensRevoked> revocations, Clock clock) {
        this.grants = grants;
        this.activeGrants = activeGrants;
        this.hasher = hasher;
        this.audit = audit;
        this.transactions = transactions;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** A new grant with its password, which exists only in this answer (the station keeps the hash). */
    public NewGrant create(String createdBy, @Nullable String label, Duration validity) {
        String password = RandomSecrets.password();
        String hash = hasher.hash(password); // before the transaction: Argon2 must not hold SQLite's write lock
        AccessGrant grant = transactions.executeWrite(status -> {
            Instant now = clock.instant();
            AccessGrant saved = grants.save(new AccessGrant(null, freeUsername(), hash, label, createdBy, now,
                    now.plus(validity), null, null));
            audit.grantCreated(createdBy, saved);
            return saved;
        });
        activeGrants.added(grant);
        return new NewGrant(grant, password);
    }

    /** Newest first, ended ones included. */
    public List<AccessGrant> list() {
        return grants.findAllOrderByIdDesc();
    }

    /** Ends the grant and every token issued for it; revoking an ended grant changes nothing. */
    public void revoke(long id, String revokedBy) {
        AccessGrant revoked = transactions.executeWrite(status -> {
            AccessGrant grant = grants.findById(id).orElseThrow(() -> ProblemException.of(HttpStatus.NOT_FOUND,
                    Text.of("grant.unknown.title"), Text.of("grant.unknown.detail", id)));
            if (grant.revokedAt() != null) {
                return null;
            }
            grants.update(id, clock.instant(), revokedBy);
            audit.grantRevoked(revokedBy, grant);
            return grant;
        });
        if (revoked != null) {
            activeGrants.revoked(id);
            revocations.publishEvent(new TokensRevoked(revoked.username()));
        }
    }

    public boolean isActive(AccessGrant grant) {
        return grant.isActiveAt(clock.instant());
    }

    // installer-xxxxxx: easy to read out on site; cannot collide with the permanent "installer".
    private String freeUsername() {
        while (true) {
            String candidate = USERNAME_PREFIX + RandomSecrets.nameSuffix(6);
            if (!grants.existsByUsername(candidate)) {
                return candidate;
            }
        }
    }

    /** A grant just created, and its one-time password. */
    public record NewGrant(AccessGrant grant, String password) {

        @Override
        public String toString() {
            return "NewGrant[" + grant.username() + "]";
        }
    }
}
