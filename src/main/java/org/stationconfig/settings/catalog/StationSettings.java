package org.stationconfig.settings.catalog;

import static org.stationconfig.settings.OcppAccess.READ;
import static org.stationconfig.settings.OcppAccess.READ_WRITE;
import static org.stationconfig.settings.SettingDefinition.define;

import java.util.List;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.settings.Applies;
import org.stationconfig.settings.Group;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.Writer;
import org.stationconfig.settings.type.EnumType;
import org.stationconfig.settings.type.FreeTextType;
import org.stationconfig.settings.type.TextType;

/**
 * Station identity (SERVICE only, read-only over OCPP, BootNotification length limits), the station's name and comment
 * for the people working on it (the app only), and authorisation mode.
 */
final class StationSettings {

    private StationSettings() {
    }

    static List<SettingDefinition> declare(StationProperties station) {
        return List.of(
                identity("chargePointVendor", "ChargePointVendor", 1, 20, station.vendor()),
                identity("chargePointModel", "ChargePointModel", 1, 20, station.model()),
                identity("chargePointSerialNumber", "ChargePointSerialNumber", 1, 25, station.serialNumber()),
                identity("chargeBoxSerialNumber", "ChargeBoxSerialNumber", 0, 25, ""),
                identity("firmwareVersion", "FirmwareVersion", 0, 50, station.firmwareVersion()),
                identity("meterType", "MeterType", 0, 25, station.meterType()),
                identity("meterSerialNumber", "MeterSerialNumber", 0, 25, station.meterSerialNumber()),
                define("stationName", new FreeTextType(64, false)).defaultValue("")
                        .group(Group.STATION).appWriters(Writer.OWNER, Writer.INSTALLER, Writer.SERVICE).build(),
                define("stationComment", new FreeTextType(1000, true)).defaultValue("")
                        .group(Group.STATION).appWriters(Writer.OWNER, Writer.INSTALLER, Writer.SERVICE).build(),
                define("authorizationMode", EnumType.of("AUTO_START", "ANY_TAG", "LOCAL_LIST", "CENTRAL", "LOCAL_OR_CENTRAL"))
                        .ocpp("AuthorizationMode", READ_WRITE).defaultValue("CENTRAL").group(Group.AUTHORIZATION)
                        .build(),
                define("freeVendIdTag", TextType.ascii(0, 20)).defaultValue("FREEVEND")
                        .group(Group.AUTHORIZATION).build());
    }

    /** Sent in BootNotification: a change reconnects to announce it, but is no trial (not what the connection needs). */
    private static SettingDefinition identity(String key, String ocppKey, int min, int max, String value) {
        return define(key, TextType.ascii(min, max)).ocpp(ocppKey, READ).defaultValue(value)
                .group(Group.STATION).appWriters(Writer.SERVICE).applies(Applies.RECONNECT).build();
    }
}
