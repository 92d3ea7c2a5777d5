package org.stationconfig.auth;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.i18n.Text;

/** What a password chosen by a person must look like. Random ones from the station are far stronger. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The problem with a new password, or empty; {@code field} names the request field in the answer. */
    public static Optional<FieldText> check(String field, @Nullable String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new FieldText(field, Text.of("password.required")));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new FieldText(field, Text.of("password.tooShort", MIN_LENGTH)));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new FieldText(field, Text.of("password.tooLong", MAX_LENGTH)));
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(new FieldText(field, Text.of("password.control")));
        }
        return Optional.empty();
    }
}
