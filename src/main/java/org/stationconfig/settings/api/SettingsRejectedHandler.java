package org.stationconfig.settings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.api.Problem;
import org.stationconfig.settings.SettingsRejected;

/** A refused settings change as a problem: 403 names the keys, 422 one error per key, 412 a stale If-Match. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class SettingsRejectedHandler implements ExceptionHandler<SettingsRejected, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, SettingsRejected rejected) {
        List<Problem.FieldError> errors = rejected.keys().stream()
                .map(key -> new Problem.FieldError(key, rejected.problems().get(key))).toList();
        Problem problem = switch (rejected.reason()) {
            case FORBIDDEN -> new Problem("about:blank", "Not allowed", 403,
                    "You may not change " + String.join(", ", rejected.keys()) + "; nothing was changed.", errors, rejected.keys());
            case UNKNOWN -> new Problem("about:blank", "Unknown settings", 422,
                    "These are not settings of this station: " + String.join(", ", rejected.keys()) + "; nothing was changed.",
                    errors, null);
            case INVALID -> new Problem("about:blank", "Invalid values", 422,
                    "Some values were refused; nothing was changed.", errors, null);
            case STALE -> Problem.of(412, "Settings changed meanwhile",
                    "Someone changed the settings since you read them; reload and apply your change again.");
        };
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status())).body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
