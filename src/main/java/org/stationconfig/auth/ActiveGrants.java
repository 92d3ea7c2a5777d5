package org.stationconfig.auth;

import io.micronaut.context.annotation.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access grants that are neither revoked nor expired, by id, with their expiry: an in-memory mirror of
 * {@code access_grant} that {@link AccessGrants} updates after each create and revoke. Token validation runs on the
 * event loop for every request; reading this map there never blocks on the database.
 * Loaded at start-up ({@link Context}), so the first request does not pay for it either.
 */
@Context
public class ActiveGrants {

    private final Map<Long, Instant> expiryById = new ConcurrentHashMap<>();
    private final Clock clock;

    public ActiveGrants(AccessGrantRepository grants, Clock clock) {
        this.clock = clock;
        grants.findByRevokedAtIsNullAndExpiresAtGreaterThan(clock.instant())
                .forEach(grant -> expiryById.put(grant.id(), grant.expiresAt()));
    }

    public boolean isActive(long grantId) {
        Instant expiry = expiryById.get(grantId);
        if (expiry == null) {
            return false;
        }
        if (clock.instant().isBefore(expiry)) {
            return true;
        }
        expiryById.remove(grantId); // keeps the map as small as the number of live grants
        return false;
    }

    void added(AccessGrant grant) {
        expiryById.put(grant.id(), grant.expiresAt());
    }

    void revoked(long grantId) {
        expiryById.remove(grantId);
    }
}
