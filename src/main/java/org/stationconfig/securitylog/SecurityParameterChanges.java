package org.stationconfig.securitylog;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.clock.StationClock;
import org.stationconfig.settings.PermissionChanged;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.SettingsChanged;
import org.stationconfig.settings.SettingsRegistry;

/**
 * A01.FR.11: a change of a security parameter reaches the security log as ReconfigurationOfSecurityParameters, naming
 * the parameter and who changed it, never its value. Which settings are security parameters is declared in the
 * catalog; those the connection is made with are raised by {@code connection.ConnectionSecurityChanges}, which also
 * knows their rollbacks; the certificates by the certificate store. Here: the other security parameters, in
 * declaration order, and the permission matrix.
 */
@Singleton
public class SecurityParameterChanges {

    private final SecurityEvents events;
    private final StationClock clock;
    private final List<String> switches;

    public SecurityParameterChanges(SecurityEvents events, StationClock clock, SettingsRegistry registry) {
        this.events = events;
        this.clock = clock;
        this.switches = registry.all().stream().filter(definition -> definition.securityParameter() && !definition.connection())
                .map(SettingDefinition::key).toList();
    }

    @EventListener
    void settingsChanged(SettingsChanged change) {
        List<String> changed = switches.stream().filter(change.keys()::contains).toList();
        if (!changed.isEmpty()) {
            raise(String.join(", ", changed) + " changed by " + change.actor().describe());
        }
    }

    @EventListener
    void permissionChanged(PermissionChanged change) {
        raise("permission for " + change.key() + " changed by " + change.actor().describe() + ": " + change.before() + " -> "
                + change.after());
    }

    private void raise(String techInfo) {
        events.raise(SecurityEvent.ReconfigurationOfSecurityParameters, techInfo, clock.now());
    }

}
