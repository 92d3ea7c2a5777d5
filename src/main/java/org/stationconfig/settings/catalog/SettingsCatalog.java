package org.stationconfig.settings.catalog;

import java.util.ArrayList;
import java.util.List;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.settings.SettingDefinition;

/** Every setting the station has, in the order the app lists them. Adding a setting = one declaration here. */
public final class SettingsCatalog {

    private SettingsCatalog() {
    }

    public static List<SettingDefinition> all(StationProperties station) {
        List<SettingDefinition> all = new ArrayList<>();
        all.addAll(ScreenSettings.declare(station));
        all.addAll(SecuritySettings.declare());
        all.addAll(CoreSettings.declare(station));
        all.addAll(StationSettings.declare(station));
        all.addAll(ReservationSettings.declare());
        all.addAll(FirmwareSettings.declare());
        return List.copyOf(all);
    }
}
