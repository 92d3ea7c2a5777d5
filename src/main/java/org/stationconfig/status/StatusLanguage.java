package org.stationconfig.status;

import java.util.Locale;
import org.stationconfig.connection.LastErrorLanguage;

/**
 * The status in the caller's language: the indicator's tooltip and the last error ({@link LastErrorLanguage}).
 */
final class StatusLanguage {

    private StatusLanguage() {
    }

    static ConnectionStatus in(ConnectionStatus status, Locale language) {
        if (language.equals(Locale.ENGLISH)) {
            return status;
        }
        return new ConnectionStatus(status.state(), status.missing(), status.registration(), LastErrorLanguage.in(status.lastError(), language),
                status.effectiveUrl(), status.securityProfile(), status.connectedSince(), status.lastHeartbeatAt(),
                status.nextRetryAt(), status.trial(), status.activeLimit(), status.clock(), status.expiringCertificates(),
                Indicator.of(status.state(), status.registration(), language));
    }
}
