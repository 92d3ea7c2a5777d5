package org.stationconfig.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response.
 *
 * @param errors one entry per offending setting or field (validation problems)
 * @param keys   the settings the caller may not change (403 on a settings write)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable List<FieldError> errors,
        @Nullable List<String> keys) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** What is wrong with one key or field, in words an installer understands. */
    @Serdeable
    public record FieldError(String key, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }
}
