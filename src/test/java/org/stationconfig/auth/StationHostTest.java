package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.DefaultHttpHostResolver;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;

/** Issue 12: resolving the host of a request (micronaut-security does it for every token) looks the server up once. */
@MicronautTest(transactional = false)
class StationHostTest extends TestDataDir {

    @Inject
    EmbeddedServer server;
    @Inject
    HttpServerConfiguration configuration;
    @Inject
    HttpHostResolver inUse;

    @Test
    void theServerIsLookedUpOnceAndTheHostIsTheDefaultResolversHost() {
        AtomicInteger lookUps = new AtomicInteger();
        BeanProvider<EmbeddedServer> counted = () -> {
            lookUps.incrementAndGet();
            return server;
        };
        HttpHostResolver station = new StationHost(configuration, counted);
        HttpHostResolver plain = new DefaultHttpHostResolver(configuration, () -> server);

        for (int i = 0; i < 50; i++) {
            HttpRequest<?> request = HttpRequest.GET("/api/v1/settings");
            assertEquals(plain.resolve(request), station.resolve(request));
        }

        assertEquals(1, lookUps.get());
        assertTrue(inUse instanceof StationHost, inUse.getClass().getName());
    }
}
