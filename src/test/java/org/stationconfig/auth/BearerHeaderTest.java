package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.security.token.bearer.BearerTokenConfigurationProperties;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bearer token is read as micronaut-security read it: scheme without case, then one space, then the token. */
class BearerHeaderTest {

    private final BearerHeader reader = new BearerHeader(new BearerTokenConfigurationProperties());

    @Test
    void theTokenIsWhatFollowsTheSchemeInAnyCaseAndOneSpace() {
        assertEquals(Optional.of("eyJ.a.b"), reader.extractTokenFromAuthorization("Bearer eyJ.a.b"));
        assertEquals(Optional.of("eyJ.a.b"), reader.extractTokenFromAuthorization("bEARER eyJ.a.b"));
        assertEquals(Optional.of(" eyJ.a.b"), reader.extractTokenFromAuthorization("Bearer  eyJ.a.b"));
        assertEquals(Optional.of("Ab"), reader.extractTokenFromAuthorization("Bearer Ab"), "the token keeps its case");
    }

    @Test
    void anotherSchemeOrNoSpaceIsNoToken() {
        assertEquals(Optional.empty(), reader.extractTokenFromAuthorization("Basic b3duZXI6eA=="));
        assertEquals(Optional.empty(), reader.extractTokenFromAuthorization("Bearer"));
        assertEquals(Optional.empty(), reader.extractTokenFromAuthorization("Bearereyj.a.b"));
        assertEquals(Optional.empty(), reader.extractTokenFromAuthorization(""));
    }
}
