package org.stationconfig.auth;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import org.stationconfig.api.Problem;

/** What a password chosen by a person must look like. Random ones from the station are far stronger. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The problem with a new password, or empty; {@code field} names the request field in the answer. */
    public static Optional<Problem.FieldError> check(String field, @Nullable String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new Problem.FieldError(field, "A new password is required."));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new Problem.FieldError(field,
                    "The password must be at least " + MIN_LENGTH + " characters long."));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Problem.FieldError(field,
                    "The password may be at most " + MAX_LENGTH + " characters long."));
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(new Problem.FieldError(field, "The password may not contain control characters."));
        }
        return Optional.empty();
    }
}
