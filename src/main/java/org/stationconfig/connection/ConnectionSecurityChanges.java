package org.stationconfig.connection;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.stationconfig.audit.Source;
import org.stationconfig.clock.StationClock;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.settings.SettingsChanged;

/**
 * A01.FR.11: a change of a connection security parameter by someone is logged, never the key itself. The station's
 * other security switches are logged by {@code securitylog.SecurityParameterChanges}, which cannot name these keys.
 */
@Singleton
class ConnectionSecurityChanges {

    private final SecurityEvents securityEvents;
    private final StationClock clock;

    ConnectionSecurityChanges(SecurityEvents securityEvents, StationClock clock) {
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    /** The station's own writes (a rollback) are logged where they are made (ConnectionTrials). */
    @EventListener
    void settingsChanged(SettingsChanged change) {
        if (change.actor().source() != Source.SYSTEM
                && change.touches(ConnectionParameters.SECURITY_KEYS.toArray(String[]::new))) {
            securityEvents.raise(SecurityEvent.ReconfigurationOfSecurityParameters, String.join(", ",
                    change.keys().stream().filter(ConnectionParameters.SECURITY_KEYS::contains).sorted().toList())
                    + " changed by " + change.actor().describe(), clock.now());
        }
    }
}
