package org.stationconfig.events;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.stationconfig.auth.TokenStillValid;

/**
 * Whether the token a socket was opened with is still good now: not expired on the station's clock, and not
 * revoked ({@link TokenStillValid}). An HTTP request is checked once; a socket lives on, so it is checked again.
 */
@Singleton
class LiveTokenCheck {

    private final TokenStillValid<Object> stillValid;
    private final Clock clock;

    LiveTokenCheck(TokenStillValid<Object> stillValid, Clock clock) {
        this.stillValid = stillValid;
        this.clock = clock;
    }

    boolean isValid(Authentication authentication) {
        Instant expiry = instant(authentication.getAttributes().get("exp"));
        return expiry != null && clock.instant().isBefore(expiry)
                && stillValid.isValid(authentication.getAttributes()::get);
    }

    private static Instant instant(Object claim) {
        if (claim instanceof Date date) {
            return date.toInstant();
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return claim instanceof Instant instant ? instant : null;
    }
}
