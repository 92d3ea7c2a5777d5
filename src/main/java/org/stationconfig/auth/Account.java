package org.stationconfig.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A permanent app account; there is one per role, named after it.
 *
 * @param passwordHash an Argon2id PHC string from {@link PasswordHasher}, never the password
 * @param tokenVersion bumped by every password change or reset; tokens of an older version are refused
 */
@MappedEntity("account")
public record Account(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        Role role,
        String passwordHash,
        Instant createdAt,
        Instant passwordChangedAt,
        long tokenVersion) {

    /** The fixed username of a role's account: {@code owner}, {@code installer}, {@code service}. */
    public static String usernameOf(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Account[" + username + ", " + role + "]"; // not the hash
    }
}
