package org.stationconfig.ocpp.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.util.List;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Stands in for login in the outbox API tests (auth is built elsewhere): header {@code X-Test-User: name}. */
@Singleton
@Requires(property = "test.header-auth", value = "true")
public class HeaderAuthentication implements AuthenticationFetcher<HttpRequest<?>> {

    static final String HEADER = "X-Test-User";

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String user = request.getHeaders().get(HEADER);
        return user == null ? Mono.empty() : Mono.just(Authentication.build(user, List.of("INSTALLER")));
    }
}
