package org.stationconfig.connection;

import java.util.Locale;
import org.stationconfig.i18n.Bundle;

/**
 * A last error in the caller's language: its hint where it is one of the bundle's fixed hints
 * ({@code status.hint.<code>}), and the message and hint of an error built from bundle texts (a 401 that names the
 * access key's form, a rollback that failed too, a message the central system did not answer, TLS). The messages of
 * failed dials (DNS, TCP, HTTP) are the dialer's and stay English.
 */
public final class LastErrorLanguage {

    private LastErrorLanguage() {
    }

    /** The error with its message and hint in this language where the bundle has them; null stays null. */
    public static LastError in(LastError error, Locale language) {
        if (error == null) {
            return null;
        }
        LastError.Wording wording = error.wording();
        String message = wording != null && wording.message() != null ? wording.message().in(language) : error.message();
        String hint = wording != null && wording.hint() != null ? wording.hint().in(language)
                : error.hint() == null ? null : hint(error, language);
        return error.withMessage(message).withHint(hint);
    }

    private static String hint(LastError error, Locale language) {
        String key = "status.hint." + error.code();
        Object[] args = error.retryInterval() == null ? new Object[0] : new Object[] {error.retryInterval()};
        boolean fixed = Bundle.find(Locale.ENGLISH, key, args).map(english -> english.equals(error.hint())).orElse(false);
        return fixed ? Bundle.text(language, key, args) : error.hint();
    }
}
