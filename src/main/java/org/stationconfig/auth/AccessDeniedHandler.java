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
import org.stationconfig.api.Problem;

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
        if (exception.isForbidden()) {
            String reason = request.getAttribute(ApiAccessRule.DENIAL_REASON, String.class)
                    .orElse("Your role may not do this.");
            return problem(HttpStatus.FORBIDDEN, "Forbidden", reason);
        }
        boolean sentToken = request.getHeaders().getAuthorization().isPresent();
        MutableHttpResponse<Problem> response = problem(HttpStatus.UNAUTHORIZED, "Unauthorized", sentToken
                ? "The bearer token is invalid, has expired or was revoked: log in again with POST /api/v1/auth/login."
                : "Log in first: send a bearer token from POST /api/v1/auth/login.");
        return response.header(HttpHeaders.WWW_AUTHENTICATE,
                sentToken ? "Bearer error=\"invalid_token\"" : "Bearer");
    }

    private static MutableHttpResponse<Problem> problem(HttpStatus status, String title, String detail) {
        return HttpResponse.<Problem>status(status)
                .body(Problem.of(status.getCode(), title, detail))
                .contentType(Problem.MEDIA_TYPE);
    }
}
