package org.stationconfig.connection;

import org.stationconfig.ocpp.v16.core.BootNotification;
import org.stationconfig.settings.SettingsSnapshot;

/** The BootNotification contents, from the station identity settings (empty optional fields are left out). */
final class BootIdentity {

    private BootIdentity() {
    }

    static BootNotification.Request of(SettingsSnapshot settings) {
        return new BootNotification.Request(
                settings.value("chargePointVendor"),
                settings.value("chargePointModel"),
                optional(settings.value("chargePointSerialNumber")),
                optional(settings.value("chargeBoxSerialNumber")),
                optional(settings.value("firmwareVersion")),
                null,
                null,
                optional(settings.value("meterType")),
                optional(settings.value("meterSerialNumber")));
    }

    private static String optional(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
