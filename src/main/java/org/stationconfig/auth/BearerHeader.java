package org.stationconfig.auth;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.bearer.BearerTokenConfiguration;
import io.micronaut.security.token.bearer.BearerTokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * micronaut-security's reader of {@code Authorization: Bearer <token>}, comparing the scheme without case as before,
 * but without lower-casing the whole header first: a copy of the station's ~600-character token on every request, 2 %
 * of the HTTP threads' samples of {@code GET /api/v1/settings} (issue 12). The token is the text after the prefix and
 * one space, unchanged, as before.
 */
@Singleton
@Replaces(BearerTokenReader.class)
@Requires(property = "micronaut.security.token.bearer.enabled", notEquals = "false")
public class BearerHeader extends BearerTokenReader {

    public BearerHeader(BearerTokenConfiguration configuration) {
        super(configuration);
    }

    @Override
    protected Optional<String> extractTokenFromAuthorization(String authorization) {
        String prefix = getPrefix() == null || getPrefix().isEmpty() ? "" : getPrefix() + " ";
        return authorization.regionMatches(true, 0, prefix, 0, prefix.length())
                ? Optional.of(authorization.substring(prefix.length())) : Optional.empty();
    }
}
