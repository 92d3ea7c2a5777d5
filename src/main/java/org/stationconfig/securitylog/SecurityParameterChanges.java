package org.stationconfig.securitylog;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.clock.StationClock;
import org.stationconfig.settings.PermissionChanged;
import org.stationconfig.settings.SettingsChanged;

/**
 * A01.FR.11: a change of a security parameter reaches the security log as ReconfigurationOfSecurityParameters, naming
 * the parameter and who changed it, never its value. The connection's own parameters (securityProfile, accessKey,
 * authorizationKeyHexAsText) are raised by the connection supervisor, which also knows their rollbacks; the
 * certificates by the certificate store. Here: the station's other security switches and the permission matrix.
 */
@Singleton
public class SecurityParameterChanges {

    static final List<String> SWITCHES = List.of("cpoName", "firmwareUpdateMode", "httpEnabled", "clockSource",
            "additionalRootCertificateCheck", "certificateStoreMaxLength", "certificateSignedMaxChainSize");

    private final SecurityEvents events;
    private final StationClock clock;

    public SecurityParameterChanges(SecurityEvents events, StationClock clock) {
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void settingsChanged(SettingsChanged change) {
        List<String> changed = SWITCHES.stream().filter(change.keys()::contains).toList();
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
