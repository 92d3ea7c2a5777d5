package org.stationconfig.station.transaction;

import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;

/**
 * Whether the station has a central system at all: OCPP switched on with an address. Without one, transactions stay
 * local and the owner's local tags decide alone (issue 14); a configured one that cannot be reached is offline.
 */
public final class CentralSystemConfigured {

    private CentralSystemConfigured() {
    }

    public static boolean in(SettingsSnapshot settings) {
        String url = settings.get(Setting.CENTRAL_SYSTEM_URL);
        return settings.get(Setting.ENABLED) && url != null && !url.isBlank();
    }
}
