package org.stationconfig.api;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stationconfig.i18n.Text;

/** Thrown by request handling to answer with a problem document; carries no cause, so nothing internal leaks. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;
    private final transient Text title;
    private final transient Text detail;

    public ProblemException(Problem problem, Map<String, String> headers) {
        this(problem, headers, null, null);
    }

    private ProblemException(Problem problem, Map<String, String> headers, Text title, Text detail) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
        this.title = title;
        this.detail = detail;
    }

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public static ProblemException of(HttpStatus status, String title, String detail) {
        return new ProblemException(Problem.of(status.getCode(), title, detail));
    }

    /** A problem whose title and detail are bundle texts, answered in the caller's language. */
    public static ProblemException of(HttpStatus status, Text title, Text detail) {
        return new ProblemException(Problem.of(status.getCode(), title.english(), detail.english()), Map.of(), title, detail);
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem("about:blank", "Invalid values", HttpStatus.UNPROCESSABLE_ENTITY.getCode(),
                detail, errors, null));
    }

    public Problem problem() {
        return problem;
    }

    /** The problem with its title and detail in this language where the bundle has them. */
    public Problem problem(Locale locale) {
        return new Problem(problem.type(), title == null ? problem.title() : title.in(locale), problem.status(),
                detail == null ? problem.detail() : detail.in(locale), problem.errors(), problem.keys());
    }

    public Map<String, String> headers() {
        return headers;
    }
}
