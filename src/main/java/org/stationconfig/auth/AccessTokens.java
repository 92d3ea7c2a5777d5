package org.stationconfig.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues the app's bearer tokens: ES256 JWTs (signed through micronaut-security with {@link TokenSigningKey})
 * naming the user, exactly one role in micronaut's {@code roles} claim, and either the grant id (temporary installer
 * access) or the account's token version (permanent accounts), which {@link TokenStillValid} checks on every request.
 */
@Singleton
public class AccessTokens {

    public static final String ROLES_CLAIM = "roles";
    public static final String GRANT_CLAIM = "grant";
    public static final String VERSION_CLAIM = "ver";

    private final TokenGenerator generator;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokens(TokenGenerator generator, AccessTokenConfiguration configuration, Clock clock) {
        this.generator = generator;
        this.lifetime = Duration.ofSeconds(configuration.getExpiration());
        this.clock = clock;
    }

    /** A token of a permanent account under its current token version, for {@code lifetime} (1 h). */
    public IssuedToken issue(Account account) {
        return issue(account.username(), account.role(), Map.of(VERSION_CLAIM, account.tokenVersion()), null);
    }

    /** A token of temporary installer access, ending with the grant at the latest. */
    public IssuedToken issue(AccessGrant grant) {
        return issue(grant.username(), Role.INSTALLER, Map.of(GRANT_CLAIM, grant.id()), grant.expiresAt());
    }

    /** A token for {@code lifetime} (1 h), cut short to {@code notAfter} when that comes first. */
    private IssuedToken issue(String username, Role role, Map<String, Object> binding, @Nullable Instant notAfter) {
        Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond()); // JWT times are whole seconds
        Instant expiry = now.plus(lifetime);
        if (notAfter != null && notAfter.isBefore(expiry)) {
            expiry = Instant.ofEpochSecond(notAfter.getEpochSecond());
        }
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", username);
        claims.put(ROLES_CLAIM, List.of(role.name()));
        claims.put("iat", Date.from(now));
        claims.put("exp", Date.from(expiry));
        claims.putAll(binding);
        String token = generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("the token could not be signed"));
        return new IssuedToken(token, Duration.between(now, expiry).toSeconds(), role);
    }

    /** A signed token, its lifetime in seconds and the role it carries. */
    public record IssuedToken(String token, long expiresIn, Role role) {
    }
}
