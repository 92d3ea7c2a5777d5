package org.stationconfig.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * A token issued for temporary installer access is valid only while its grant is: revoking a grant or letting it
 * expire ends its live tokens at once (401), not at the token's own expiry.
 */
@Singleton
public class GrantStillActive<T> implements GenericJwtClaimsValidator<T> {

    private final ActiveGrants activeGrants;

    public GrantStillActive(ActiveGrants activeGrants) {
        this.activeGrants = activeGrants;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Object grant = claims.get(AccessTokens.GRANT_CLAIM);
        if (grant == null) {
            return true;
        }
        return grant instanceof Number id && activeGrants.isActive(id.longValue());
    }
}
