package org.stationconfig.auth;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.DefaultHttpHostResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Micronaut's host resolver with the server looked up once: micronaut-security resolves the host for every request
 * with a bearer token (for its token-validated event) and the default resolver asked the bean context for the server
 * each time, a bean look-up per request in the profile of {@code GET /api/v1/settings} (issue 12). The server is one
 * singleton for the life of the process, so the answers are the same.
 */
@Singleton
@Replaces(DefaultHttpHostResolver.class)
public class StationHost extends DefaultHttpHostResolver {

    public StationHost(HttpServerConfiguration configuration, BeanProvider<EmbeddedServer> server) {
        super(configuration, once(server));
    }

    static <T> BeanProvider<T> once(BeanProvider<T> provider) {
        AtomicReference<T> found = new AtomicReference<>();
        return () -> {
            T bean = found.get();
            if (bean == null) {
                bean = provider.get();
                found.set(bean);
            }
            return bean;
        };
    }
}
