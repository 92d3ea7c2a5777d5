package org.stationconfig.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * Time-limited installer access: a temporary INSTALLER login that an owner or service technician handed out.
 *
 * @param createdBy the username that created it
 * @param revokedAt set when it was withdrawn before {@code expiresAt}
 */
@MappedEntity("access_grant")
public record AccessGrant(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        @Nullable String label,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy) {

    /** Usable for logins and requests: not revoked and not yet expired. */
    public boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessGrant[" + id + ", " + username + ", until " + expiresAt + "]"; // not the hash
    }
}
