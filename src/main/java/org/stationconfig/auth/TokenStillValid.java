package org.stationconfig.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.function.Function;

/**
 * A token is honoured only while what it was issued under still holds: for temporary installer access its grant is
 * active (revoking a grant or letting it expire ends its live tokens at once), for a permanent account the account's
 * token version is the one in the token (a password change or reset ends every token issued before it). Checked on
 * every request, and by the live-events stream for its open sockets.
 */
@Singleton
public class TokenStillValid<T> implements GenericJwtClaimsValidator<T> {

    private final ActiveGrants activeGrants;
    private final TokenVersions versions;

    public TokenStillValid(ActiveGrants activeGrants, TokenVersions versions) {
        this.activeGrants = activeGrants;
        this.versions = versions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return isValid(claims::get);
    }

    /** The same check on claims from anywhere, e.g. an {@code Authentication}'s attributes. */
    public boolean isValid(Function<String, Object> claim) {
        Object grant = claim.apply(AccessTokens.GRANT_CLAIM);
        if (grant != null) {
            return grant instanceof Number id && activeGrants.isActive(id.longValue());
        }
        Object subject = claim.apply("sub");
        Object version = claim.apply(AccessTokens.VERSION_CLAIM);
        return subject instanceof String name && version instanceof Number v
                && versions.current(name) == v.longValue();
    }
}
