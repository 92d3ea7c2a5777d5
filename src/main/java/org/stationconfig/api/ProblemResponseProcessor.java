package org.stationconfig.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every error Micronaut produces itself (bad JSON, unknown route, body too large, unexpected exceptions) into a
 * problem document with a fixed text per status. Framework messages can echo input or internals, so none is passed on.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        if (status.getCode() >= 500) {
            context.getRootCause().ifPresent(cause -> LOG.error("Request {} {} failed",
                    context.getRequest().getMethod(), context.getRequest().getPath(), cause));
        }
        Problem problem = Problem.of(status.getCode(), status.getReason(), detail(status));
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request could not be read: the body must be JSON of the documented shape.";
            case NOT_FOUND -> "There is no such resource.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that method.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case UNAUTHORIZED -> "Log in first: send a valid bearer token from POST /api/v1/auth/login.";
            case FORBIDDEN -> "Your role may not do this.";
            default -> status.getCode() >= 500
                    ? "The station could not complete the request; the station log has the details."
                    : status.getReason();
        };
    }
}
