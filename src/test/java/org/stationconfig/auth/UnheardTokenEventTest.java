package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;

/**
 * Issue 12, the profile of {@code GET /api/v1/settings}: micronaut-security resolved the request's host (and language)
 * for every request with a token, for a token-validated event that nothing in the station listens to.
 */
@MicronautTest(transactional = false)
class UnheardTokenEventTest extends LoggedInApi {

    private final AtomicInteger hostsResolved = new AtomicInteger();

    @MockBean(StationHost.class)
    HttpHostResolver countingHosts() {
        return request -> {
            hostsResolved.incrementAndGet();
            return "http://localhost";
        };
    }

    @Test
    void aRequestWithATokenDoesNotResolveItsHostForAnEventNobodyHears() {
        hostsResolved.set(0);
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/settings"), installer).status());
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/station"), owner).status());
        assertEquals(0, hostsResolved.get(), "host resolutions for two requests with a token");
    }
}
