package org.stationconfig.auth;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.stationconfig.api.Problem;
import org.stationconfig.api.RequestLanguage;
import org.stationconfig.i18n.Bundle;
import org.stationconfig.i18n.Text;

/**
 * micronaut-security's refusals as problem documents that tell the app what to do. Its own handler (4.15) already
 * answers through the {@code ErrorResponseProcessor}, but with one fixed text per status; this one says whether the
 * token is missing or unusable (401, with {@code WWW-Authenticate: Bearer} as RFC 6750 asks) and which rule refused
 * (403, from {@link ApiAccessRule}). Never an exception message.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AccessDeniedHandler implements ExceptionHandler<AuthorizationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AuthorizationException exception) {
        Locale language = RequestLanguage.of(request);
        if (exception.isForbidden()) {
            String reason = request.getAttribute(ApiAccessRule.DENIAL_REASON, Text.class).map(why -> why.in(language))
                    .orElseGet(() -> Bundle.text(language, "problem.forbidden.detail"));
            return problem(HttpStatus.FORBIDDEN, Bundle.text(language, "problem.forbidden.title"), reason);
        }
        boolean sentToken = request.getHeaders().getAuthorization().isPresent();
        MutableHttpResponse<Problem> response = problem(HttpStatus.UNAUTHORIZED,
                Bundle.text(language, "problem.unauthorized.title"),
                Bundle.text(language, sentToken ? "problem.unauthorized.invalidToken" : "problem.unauthorized.noToken"));
        return response.header(HttpHeaders.WWW_AUTHENTICATE,
                sentToken ? "Bearer error=\"invalid_token\"" : "Bearer");
    }

    private static MutableHttpResponse<Problem> problem(HttpStatus status, String title, String detail) {
        return HttpResponse.<Problem>status(status)
                .body(Problem.of(status.getCode(), title, detail))
                .contentType(Problem.MEDIA_TYPE);
    }
}
