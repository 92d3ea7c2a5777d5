package org.stationconfig.settings;

import java.util.Set;
import org.stationconfig.auth.Actor;

/** Published after a change is committed; the OCPP client and the live event stream listen for it. */
public record SettingsChanged(Set<String> keys, Actor actor, SettingsSnapshot before, SettingsSnapshot after) {

    public boolean touches(String... candidates) {
        for (String key : candidates) {
            if (keys.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
