package org.stationconfig.settings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.stationconfig.api.Problem;
import org.stationconfig.api.RequestLanguage;
import org.stationconfig.i18n.Bundle;
import org.stationconfig.settings.SettingsRejected;

/** A refused settings change as a problem: 403 names the keys, 422 one error per key, 412 a stale If-Match. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class SettingsRejectedHandler implements ExceptionHandler<SettingsRejected, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, SettingsRejected rejected) {
        Locale language = RequestLanguage.of(request);
        List<Problem.FieldError> errors = rejected.keys().stream()
                .map(key -> new Problem.FieldError(key, rejected.problem(key, language))).toList();
        String keys = String.join(", ", rejected.keys());
        Problem problem = switch (rejected.reason()) {
            case FORBIDDEN -> new Problem("about:blank", text(language, "forbidden.title"), 403,
                    text(language, "forbidden.detail", keys), errors, rejected.keys());
            case UNKNOWN -> new Problem("about:blank", text(language, "unknown.title"), 422,
                    text(language, "unknown.detail", keys), errors, null);
            case INVALID -> new Problem("about:blank", text(language, "invalid.title"), 422,
                    text(language, "invalid.detail"), errors, null);
            case STALE -> Problem.of(412, text(language, "stale.title"), text(language, "stale.detail"));
        };
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status())).body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private static String text(Locale language, String key, Object... args) {
        return Bundle.text(language, "problem.settings." + key, args);
    }
}
