package org.stationconfig.ocpp.status;

import java.util.Locale;
import org.stationconfig.i18n.Bundle;

/**
 * The status in the caller's language: the indicator's tooltip, and the last error's hint where it is one of the
 * bundle's fixed hints ({@code status.hint.<code>}). Hints built from the situation (a 401 that names the access key's
 * form, a rollback that failed too, a message the central system did not answer) stay English.
 */
final class StatusLanguage {

    private StatusLanguage() {
    }

    static ConnectionStatus in(ConnectionStatus status, Locale language) {
        if (language.equals(Locale.ENGLISH)) {
            return status;
        }
        return new ConnectionStatus(status.state(), status.missing(), status.registration(), in(status.lastError(), language),
                status.effectiveUrl(), status.securityProfile(), status.connectedSince(), status.lastHeartbeatAt(),
                status.nextRetryAt(), status.trial(), status.activeLimit(), status.clock(), status.expiringCertificates(),
                Indicator.of(status.state(), status.registration(), language));
    }

    /** The error with its hint in this language where the hint is a fixed one; null stays null. */
    static LastError in(LastError error, Locale language) {
        return error == null || error.hint() == null ? error : error.withHint(hint(error, language));
    }

    private static String hint(LastError error, Locale language) {
        String key = "status.hint." + error.code();
        Object[] args = error.retryInterval() == null ? new Object[0] : new Object[] {error.retryInterval()};
        boolean fixed = Bundle.find(Locale.ENGLISH, key, args).map(english -> english.equals(error.hint())).orElse(false);
        return fixed ? Bundle.text(language, key, args) : error.hint();
    }
}
