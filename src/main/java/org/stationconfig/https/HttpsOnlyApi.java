package org.stationconfig.https;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Locale;
import org.reactivestreams.Publisher;
import org.stationconfig.api.ApiPath;
import org.stationconfig.api.Problem;
import org.stationconfig.api.RequestLanguage;
import org.stationconfig.i18n.Bundle;

/**
 * With {@code station.api.https-only} (set by the production environment), the API refuses every request that came
 * over plain HTTP, the login first of all, with a problem that names the HTTPS address: passwords and tokens never
 * travel in clear on the station's Wi-Fi. Runs before the security filter, so the answer is this and not a 401.
 * The production environment also switches the plain listener off; this covers a configuration that turns it on again.
 */
@Filter(Filter.MATCH_ALL_PATTERN) // the API's paths are picked by ApiPath: no pattern matching per request
@Requires(property = "station.api.https-only", value = "true")
public class HttpsOnlyApi implements HttpServerFilter {

    private final int httpsPort;

    public HttpsOnlyApi(@Value("${micronaut.server.ssl.port:8443}") int httpsPort) {
        this.httpsPort = httpsPort;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (request.isSecure() || !ApiPath.contains(request.getPath())) {
            return chain.proceed(request);
        }
        Locale language = RequestLanguage.of(request);
        String url = "https://" + host(request) + ":" + httpsPort + request.getPath();
        MutableHttpResponse<?> refusal = HttpResponse.status(HttpStatus.FORBIDDEN)
                .body(Problem.of(HttpStatus.FORBIDDEN.getCode(), Bundle.text(language, "https.required.title"),
                        Bundle.text(language, "https.required.detail", url)))
                .contentType(Problem.MEDIA_TYPE);
        return Publishers.just(refusal);
    }

    // The name the client used, without its port; only a plain host name or address is echoed back.
    private static String host(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host == null) {
            return "<station address>";
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":", 2)[0];
        return name.matches("[A-Za-z0-9.\\-\\[\\]:]{1,100}") ? name : "<station address>";
    }
}
