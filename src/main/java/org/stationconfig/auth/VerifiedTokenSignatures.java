package org.stationconfig.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenSignatureValidator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Checks a bearer token's signature once, not on every request: an ES256 verification costs about a millisecond of
 * CPU in the JDK's P-256 code and was most of what a {@code GET /api/v1/settings} cost (issue 12, BENCHMARKS.md). The
 * same token text verifies the same way as long as the signing key is the same, and the station's key lives as long
 * as the process. Only the signature is remembered: expiry, the token version and the grant are checked on every
 * request as before ({@link TokenExpiry}, {@link TokenStillValid}).
 */
@Singleton
@Replaces(ReactiveJsonWebTokenSignatureValidator.class)
public class VerifiedTokenSignatures implements ReactiveJsonWebTokenSignatureValidator<SignedJWT> {

    private final List<SignatureConfiguration> signatures;
    private final Map<String, Boolean> verified = RememberedTokens.map();

    public VerifiedTokenSignatures(List<SignatureConfiguration> signatures) {
        this.signatures = signatures;
    }

    @Override
    public Publisher<Boolean> validateSignature(SignedJWT token) {
        return Publishers.just(isSignedByStation(token));
    }

    boolean isSignedByStation(SignedJWT token) {
        String text = token.getParsedString();
        if (text != null && verified.containsKey(text)) {
            return true;
        }
        boolean valid = signatures.stream().anyMatch(signature -> verifies(signature, token));
        if (valid && text != null) {
            verified.put(text, Boolean.TRUE);
        }
        return valid;
    }

    private static boolean verifies(SignatureConfiguration signature, SignedJWT token) {
        try {
            return signature.supports(token.getHeader().getAlgorithm()) && signature.verify(token);
        } catch (JOSEException e) {
            return false;
        }
    }
}
