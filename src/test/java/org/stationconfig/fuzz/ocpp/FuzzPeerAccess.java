package org.stationconfig.fuzz.ocpp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.stationconfig.auth.ApiAccessRule;
import reactor.core.publisher.Mono;

/** Test only: the fuzzing central system at /fuzz/ runs inside the station's server but is not its API. */
@Singleton
public class FuzzPeerAccess implements SecurityRule<HttpRequest<?>> {

    @Override
    public int getOrder() {
        return ApiAccessRule.ORDER - 1;
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        String path = request == null ? "" : request.getPath();
        return Mono.just(path.startsWith("/fuzz/") ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }
}
