package org.stationconfig.auth;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a bearer token's text once, not on every request: splitting, Base64-decoding and reading the header's and
 * the claims' JSON were the largest part of micronaut-security's work per {@code GET /api/v1/settings} left after the
 * signature check was remembered ({@link VerifiedTokenSignatures}; issue 12, BENCHMARKS.md). Parsing is a function of
 * the text alone, so the parsed token is remembered by its text, and only that: the signature is checked as before, and
 * every claims check (expiry on the station's clock, the token version, the grant: {@link TokenExpiry},
 * {@link TokenStillValid}) runs on every request, so a revoked, expired or superseded token is refused at once.
 */
@Singleton
public class ParsedTokens implements BeanCreatedEventListener<JsonWebTokenParser<?>> {

    @Override
    public JsonWebTokenParser<?> onCreated(BeanCreatedEvent<JsonWebTokenParser<?>> event) {
        return remembering(event.getBean());
    }

    static <T> JsonWebTokenParser<T> remembering(JsonWebTokenParser<T> parser) {
        Map<String, T> parsed = RememberedTokens.map(); // garbage is never remembered
        return new JsonWebTokenParser<>() {
            @Override
            public Optional<T> parse(String token) {
                T known = parsed.get(token);
                if (known != null) {
                    return Optional.of(known);
                }
                Optional<T> fresh = parser.parse(token);
                fresh.ifPresent(value -> parsed.put(token, value));
                return fresh;
            }

            @Override
            public Optional<Claims> parseClaims(String token) {
                return parser.parseClaims(token);
            }
        };
    }
}
