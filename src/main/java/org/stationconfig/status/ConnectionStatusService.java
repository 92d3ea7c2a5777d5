package org.stationconfig.status;

import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.certificates.renewal.CertificateWarnings;
import org.stationconfig.certificates.renewal.ExpiringCertificate;
import org.stationconfig.charging.ActiveLimits;
import org.stationconfig.connection.ConnectionReadiness;
import org.stationconfig.connection.ConnectionState;
import org.stationconfig.connection.LiveConnection;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.settings.rules.ConnectionUrls;

/** Puts the status together: DISABLED and NOT_CONFIGURED from the settings, the rest from the live connection. */
@Singleton
public class ConnectionStatusService {

    private final SettingsStore settings;
    private final ConnectionReadiness readiness;
    private final LiveConnection live;
    private final ActiveLimits limits;
    private final CertificateWarnings certificates;

    public ConnectionStatusService(SettingsStore settings, ConnectionReadiness readiness, LiveConnection live,
                                   ActiveLimits limits, CertificateWarnings certificates) {
        this.certificates = certificates;
        this.settings = settings;
        this.readiness = readiness;
        this.live = live;
        this.limits = limits;
    }

    public ConnectionStatus current() {
        SettingsSnapshot snapshot = settings.current();
        int profile = snapshot.get(Setting.SECURITY_PROFILE);
        String effectiveUrl = ConnectionUrls.effective(snapshot.get(Setting.CENTRAL_SYSTEM_URL), snapshot.get(Setting.CHARGE_POINT_ID), profile);
        LiveConnection.Reading reading = live.read();
        List<String> missing = readiness.missing(snapshot);
        List<ExpiringCertificate> expiring = certificates.expiringSoon();
        ConnectionState state = !snapshot.get(Setting.ENABLED) ? ConnectionState.DISABLED
                : !missing.isEmpty() ? ConnectionState.NOT_CONFIGURED
                : reading.state();
        return new ConnectionStatus(state, missing.isEmpty() ? null : missing, reading.registration(), reading.lastError(),
                effectiveUrl, profile, reading.connectedSince(), reading.lastHeartbeatAt(), reading.nextRetryAt(),
                reading.trial(), limits.current(), reading.clock(), expiring.isEmpty() ? null : expiring,
                Indicator.of(state, reading.registration()));
    }
}
