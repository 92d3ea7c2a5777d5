package org.stationconfig.connection;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.audit.Source;
import org.stationconfig.clock.StationClock;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.settings.SettingsChanged;
import org.stationconfig.settings.SettingsRegistry;

/**
 * A01.FR.11: a change of a connection setting declared a security parameter (securityProfile, accessKey, ...) by
 * someone is logged, never the key itself. The station's other security parameters are logged by
 * {@code securitylog.SecurityParameterChanges}; the catalog's declarations divide them, no list here.
 */
@Singleton
class ConnectionSecurityChanges {

    private final SecurityEvents securityEvents;
    private final StationClock clock;
    private final SettingsRegistry registry;

    ConnectionSecurityChanges(SecurityEvents securityEvents, StationClock clock, SettingsRegistry registry) {
        this.securityEvents = securityEvents;
        this.clock = clock;
        this.registry = registry;
    }

    /** The station's own writes (a rollback) are logged where they are made (ConnectionTrials). */
    @EventListener
    void settingsChanged(SettingsChanged change) {
        List<String> changed = change.keys().stream().filter(key -> registry.securityParameter(key)
                && registry.get(key).connection()).sorted().toList();
        if (change.actor().source() != Source.SYSTEM && !changed.isEmpty()) {
            securityEvents.raise(SecurityEvent.ReconfigurationOfSecurityParameters,
                    String.join(", ", changed) + " changed by " + change.actor().describe(), clock.now());
        }
    }
}
