package org.stationconfig.ocpp.csms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.stationconfig.auth.ApiAccessRule;
import reactor.core.publisher.Mono;

/**
 * Test only: the central systems the tests run inside the station's own server (/csms, /echo, /plain) are not
 * part of the station's API, which the access rule rightly refuses; this admits them ahead of it.
 */
@Singleton
public class TestPeersAccess implements SecurityRule<HttpRequest<?>> {

    @Override
    public int getOrder() {
        return ApiAccessRule.ORDER - 1;
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        String path = request == null ? "" : request.getPath();
        boolean peer = path.startsWith("/csms/") || path.startsWith("/echo/") || path.startsWith("/plain/");
        return Mono.just(peer ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }
}
