package org.stationconfig.settings.catalog;

import static org.stationconfig.settings.OcppAccess.READ;
import static org.stationconfig.settings.OcppAccess.READ_WRITE;
import static org.stationconfig.settings.SettingDefinition.define;

import java.util.List;
import org.stationconfig.settings.Applies;
import org.stationconfig.settings.Group;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.Writer;
import org.stationconfig.settings.type.EnumType;
import org.stationconfig.settings.type.FreeTextType;
import org.stationconfig.settings.type.TextType;
import org.stationconfig.station.StationProperties;

/**
 * Station identity (SERVICE only, read-only over OCPP, BootNotification length limits), the station's name and comment
 * for the people working on it (the app only), and authorisation mode.
 */
final class StationSettings {

    private StationSettings() {
    }

    static List<SettingDefinition> declare(StationProperties station) {
        return List.of(
                identity("chargePointVendor", "ChargePointVendor", "Vendor", 1, 20, station.vendor()),
                identity("chargePointModel", "ChargePointModel", "Model", 1, 20, station.model()),
                identity("chargePointSerialNumber", "ChargePointSerialNumber", "Serial number", 1, 25, station.serialNumber()),
                identity("chargeBoxSerialNumber", "ChargeBoxSerialNumber", "Charge box serial number (legacy)", 0, 25, ""),
                identity("firmwareVersion", "FirmwareVersion", "Firmware version", 0, 50, station.firmwareVersion()),
                identity("meterType", "MeterType", "Meter type", 0, 25, station.meterType()),
                identity("meterSerialNumber", "MeterSerialNumber", "Meter serial number", 0, 25, station.meterSerialNumber()),
                define("stationName", "Station name", new FreeTextType(64, false)).defaultValue("")
                        .group(Group.STATION).appWriters(Writer.OWNER, Writer.INSTALLER, Writer.SERVICE)
                        .help("A name for the station, e.g. \"Garage left\"; shown by the app, never sent over OCPP.")
                        .build(),
                define("stationComment", "Comment", new FreeTextType(1000, true)).defaultValue("")
                        .group(Group.STATION).appWriters(Writer.OWNER, Writer.INSTALLER, Writer.SERVICE)
                        .help("Free text for whoever works on the station, e.g. how it is wired and connected "
                                + "(interface documentation); never sent over OCPP.")
                        .build(),
                define("authorizationMode", "Authorisation mode",
                        EnumType.of("AUTO_START", "ANY_TAG", "LOCAL_LIST", "CENTRAL", "LOCAL_OR_CENTRAL"))
                        .ocpp("AuthorizationMode", READ_WRITE).defaultValue("CENTRAL").group(Group.AUTHORIZATION)
                        .help("AUTO_START charges on plug-in with the free-vend tag; ANY_TAG accepts every tag; "
                                + "LOCAL_LIST, CENTRAL and LOCAL_OR_CENTRAL ask the local list and/or the central system.")
                        .build(),
                define("freeVendIdTag", "Free-vend id tag", TextType.ascii(0, 20)).defaultValue("FREEVEND")
                        .group(Group.AUTHORIZATION).build());
    }

    private static SettingDefinition identity(String key, String ocppKey, String label, int min, int max, String value) {
        return define(key, label, TextType.ascii(min, max)).ocpp(ocppKey, READ).defaultValue(value)
                .group(Group.STATION).appWriters(Writer.SERVICE).applies(Applies.RECONNECT).build();
    }
}
