package org.stationconfig.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.stationconfig.auth.ApiAccessRule;
import reactor.core.publisher.Mono;

/** The loopback central system is no part of the station's API, which the access rule rightly refuses: admit it. */
@Singleton
@Requires(property = StationBenchmark.ENABLED, value = "true")
public class LoopbackPeerAccess implements SecurityRule<HttpRequest<?>> {

    @Override
    public int getOrder() {
        return ApiAccessRule.ORDER - 1;
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        boolean peer = request != null && request.getPath().startsWith("/bench/");
        return Mono.just(peer ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }
}
