package org.stationconfig.api;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;

/** Thrown by request handling to answer with a problem document; carries no cause, so nothing internal leaks. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public static ProblemException of(HttpStatus status, String title, String detail) {
        return new ProblemException(Problem.of(status.getCode(), title, detail));
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem("about:blank", "Invalid values", HttpStatus.UNPROCESSABLE_ENTITY.getCode(),
                detail, errors, null));
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
