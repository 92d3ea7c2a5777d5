package org.stationconfig.auth;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.ExpirationJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Date;

/**
 * Token expiry on the station's clock. Replaces micronaut's check, which reads the JVM clock directly: the station
 * may run on the central system's time (§5 clockSource), and tests move the injected clock instead of sleeping.
 * Unlike micronaut's, a token without {@code exp} is refused: every token this station issues has one.
 */
@Singleton
@Replaces(ExpirationJwtClaimsValidator.class)
public class TokenExpiry<T> implements GenericJwtClaimsValidator<T> {

    private final Clock clock;

    public TokenExpiry(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Date expiry = claims.get(Claims.EXPIRATION_TIME) instanceof Date date ? date // a parsed token's claims: no copy
                : JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims).getExpirationTime();
        return expiry != null && clock.instant().isBefore(expiry.toInstant());
    }
}
