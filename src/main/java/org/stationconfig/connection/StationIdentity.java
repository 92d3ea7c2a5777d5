package org.stationconfig.connection;

import io.micronaut.core.annotation.Nullable;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;

/**
 * Who the station says it is when it registers, from the identity settings; an empty optional one is absent (null).
 * A change of any of them registers anew.
 */
public record StationIdentity(
        String vendor,
        String model,
        @Nullable String chargePointSerialNumber,
        @Nullable String chargeBoxSerialNumber,
        @Nullable String firmwareVersion,
        @Nullable String meterType,
        @Nullable String meterSerialNumber) {

    public static StationIdentity of(SettingsSnapshot settings) {
        return new StationIdentity(
                settings.get(Setting.CHARGE_POINT_VENDOR),
                settings.get(Setting.CHARGE_POINT_MODEL),
                optional(settings.get(Setting.CHARGE_POINT_SERIAL_NUMBER)),
                optional(settings.get(Setting.CHARGE_BOX_SERIAL_NUMBER)),
                optional(settings.get(Setting.FIRMWARE_VERSION)),
                optional(settings.get(Setting.METER_TYPE)),
                optional(settings.get(Setting.METER_SERIAL_NUMBER)));
    }

    private static String optional(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
