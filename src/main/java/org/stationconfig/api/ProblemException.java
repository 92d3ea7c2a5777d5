package org.stationconfig.api;

import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
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
    private final transient List<FieldText> fieldTexts;

    /** One offending field whose message is a bundle text. */
    public record FieldText(String key, Text message) {
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        this(problem, headers, null, null, List.of());
    }

    private ProblemException(Problem problem, Map<String, String> headers, Text title, Text detail,
                             List<FieldText> fieldTexts) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
        this.title = title;
        this.detail = detail;
        this.fieldTexts = fieldTexts;
    }

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public static ProblemException of(HttpStatus status, String title, String detail) {
        return new ProblemException(Problem.of(status.getCode(), title, detail));
    }

    /** A problem whose title and detail are bundle texts, answered in the caller's language. */
    public static ProblemException of(HttpStatus status, Text title, Text detail) {
        return of(status, title, detail, Map.of());
    }

    /** The same with response headers (e.g. Retry-After). */
    public static ProblemException of(HttpStatus status, Text title, Text detail, Map<String, String> headers) {
        return new ProblemException(Problem.of(status.getCode(), title.english(), detail.english()), headers, title,
                detail, List.of());
    }

    /** A problem with one entry per offending field, every text from the bundle. */
    public static ProblemException of(HttpStatus status, Text title, Text detail, List<FieldText> errors) {
        List<Problem.FieldError> english = errors.stream()
                .map(error -> new Problem.FieldError(error.key(), error.message().english())).toList();
        return new ProblemException(new Problem("about:blank", title.english(), status.getCode(), detail.english(),
                english, null), Map.of(), title, detail, List.copyOf(errors));
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem("about:blank", "Invalid values", HttpStatus.UNPROCESSABLE_ENTITY.getCode(),
                detail, errors, null));
    }

    /** 422 "Invalid values" with the detail and each field's message from the bundle. */
    public static ProblemException invalid(Text detail, List<FieldText> errors) {
        return of(HttpStatus.UNPROCESSABLE_ENTITY, Text.of("problem.invalid.title"), detail, errors);
    }

    public Problem problem() {
        return problem;
    }

    /** The problem with its title, detail and field messages in this language where the bundle has them. */
    public Problem problem(Locale locale) {
        List<Problem.FieldError> errors = problem.errors();
        if (!fieldTexts.isEmpty()) {
            errors = new ArrayList<>();
            for (FieldText field : fieldTexts) {
                errors.add(new Problem.FieldError(field.key(), field.message().in(locale)));
            }
        }
        return new Problem(problem.type(), title == null ? problem.title() : title.in(locale), problem.status(),
                detail == null ? problem.detail() : detail.in(locale), errors, problem.keys());
    }

    public Map<String, String> headers() {
        return headers;
    }
}
