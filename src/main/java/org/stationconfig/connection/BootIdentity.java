package org.stationconfig.connection;

import org.stationconfig.ocpp.v16.core.BootNotification;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;

/** The BootNotification contents, from the station identity settings (empty optional fields are left out). */
final class BootIdentity {

    private BootIdentity() {
    }

    static BootNotification.Request of(SettingsSnapshot settings) {
        return new BootNotification.Request(
                settings.get(Setting.CHARGE_POINT_VENDOR),
                settings.get(Setting.CHARGE_POINT_MODEL),
                optional(settings.get(Setting.CHARGE_POINT_SERIAL_NUMBER)),
                optional(settings.get(Setting.CHARGE_BOX_SERIAL_NUMBER)),
                optional(settings.get(Setting.FIRMWARE_VERSION)),
                null,
                null,
                optional(settings.get(Setting.METER_TYPE)),
                optional(settings.get(Setting.METER_SERIAL_NUMBER)));
    }

    private static String optional(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
