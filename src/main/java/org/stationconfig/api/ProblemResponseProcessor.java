package org.stationconfig.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.i18n.Bundle;

/**
 * Turns every error Micronaut produces itself (bad JSON, unknown route, body too large, unexpected exceptions) into a
 * problem document with a fixed text per status, from the text bundle in the caller's language. Framework messages can
 * echo input or internals, so none is passed on.
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
        Locale language = RequestLanguage.of(context.getRequest());
        int code = status.getCode();
        String title = Bundle.find(language, "problem.status." + code + ".title").orElse(status.getReason());
        String detail = Bundle.find(language, "problem.status." + (code >= 500 ? 500 : code) + ".detail")
                .orElse(status.getReason());
        return response.body(Problem.of(code, title, detail)).contentType(Problem.MEDIA_TYPE);
    }
}
