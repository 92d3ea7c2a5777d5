package org.stationconfig.station.authorization;

import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;

/** The {@code authorizationMode} setting (SPEC §2): who decides whether a tag may charge. */
public enum AuthorizationMode {
    /** Charge on plug-in with {@code freeVendIdTag}; presented tags are accepted as in ANY_TAG. */
    AUTO_START,
    /** Every tag may charge; nobody is asked. */
    ANY_TAG,
    /** Only tags the Local Authorization List accepts. */
    LOCAL_LIST,
    /** The central system decides, with the standard OCPP keys for the list, the cache and offline behaviour. */
    CENTRAL,
    /** A tag the local list accepts charges at once; any other is decided as in CENTRAL. */
    LOCAL_OR_CENTRAL;

    public static AuthorizationMode of(SettingsSnapshot settings) {
        return valueOf(settings.get(Setting.AUTHORIZATION_MODE));
    }
}
