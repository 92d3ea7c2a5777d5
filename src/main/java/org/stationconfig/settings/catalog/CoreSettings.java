package org.stationconfig.settings.catalog;

import static org.stationconfig.settings.OcppAccess.READ;
import static org.stationconfig.settings.OcppAccess.READ_WRITE;
import static org.stationconfig.settings.SettingDefinition.define;
import static org.stationconfig.settings.catalog.ScreenSettings.MEASURAND_LIST_MAX;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.settings.Group;
import org.stationconfig.settings.SettingBuilder;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.type.BooleanType;
import org.stationconfig.settings.type.IntegerType;
import org.stationconfig.settings.type.ListItem;
import org.stationconfig.settings.type.ListType;

/** The other standard OCPP 1.6 keys (ch. 9 + errata) of the profiles the station supports, with the spec's access. */
final class CoreSettings {

    private static final List<String> ROTATIONS = List.of("NotApplicable", "Unknown", "RST", "RTS", "SRT", "STR", "TRS", "TSR");

    private CoreSettings() {
    }

    static List<SettingDefinition> declare(StationProperties station) {
        MeasurandListItem measurands = new MeasurandListItem(station.meterMeasurands(), station.phases());
        int rotationItems = station.connectors() + 1;
        List<SettingDefinition> all = new ArrayList<>(List.of(
                bool("allowOfflineTxForUnknownId", "AllowOfflineTxForUnknownId", false, Group.AUTHORIZATION),
                bool("authorizationCacheEnabled", "AuthorizationCacheEnabled", true, Group.AUTHORIZATION),
                bool("authorizeRemoteTxRequests", "AuthorizeRemoteTxRequests", true, Group.AUTHORIZATION),
                integer("clockAlignedDataInterval", "ClockAlignedDataInterval", 0, 86400, "0", "s", Group.METERING),
                integer("connectionTimeOut", "ConnectionTimeOut", 1, 3600, "60", "s", Group.TRANSACTIONS),
                define("connectorPhaseRotation", new ListType(new PhaseRotationItem(rotationItems), rotationItems))
                        .ocpp("ConnectorPhaseRotation", READ_WRITE).defaultValue(defaultRotation(station.connectors()))
                        .group(Group.METERING).build(),
                constant("connectorPhaseRotationMaxLength", "ConnectorPhaseRotationMaxLength", rotationItems, Group.METERING),
                constant("getConfigurationMaxKeys", "GetConfigurationMaxKeys", 100, Group.OCPP),
                integer("heartbeatInterval", "HeartbeatInterval", 0, 86400, "300", "s", Group.OCPP),
                bool("localAuthorizeOffline", "LocalAuthorizeOffline", true, Group.AUTHORIZATION),
                bool("localPreAuthorize", "LocalPreAuthorize", false, Group.AUTHORIZATION),
                integer("maxEnergyOnInvalidId", "MaxEnergyOnInvalidId", 0, 1_000_000, "0", "Wh", Group.TRANSACTIONS),
                integer("messageTimeout", "MessageTimeout", 1, 3600, "30", "s", Group.OCPP),
                list("meterValuesAlignedData", "MeterValuesAlignedData", measurands, "Energy.Active.Import.Register"),
                constant("meterValuesAlignedDataMaxLength", "MeterValuesAlignedDataMaxLength", MEASURAND_LIST_MAX, Group.METERING),
                integer("minimumStatusDuration", "MinimumStatusDuration", 0, 3600, "0", "s", Group.OCPP),
                constant("numberOfConnectors", "NumberOfConnectors", station.connectors(), Group.STATION),
                integer("resetRetries", "ResetRetries", 0, 10, "1", "times", Group.SYSTEM),
                constant("stopTransactionMaxMeterValues", "StopTransactionMaxMeterValues", 50, Group.TRANSACTIONS),
                bool("stopTransactionOnEVSideDisconnect", "StopTransactionOnEVSideDisconnect", true, Group.TRANSACTIONS),
                bool("stopTransactionOnInvalidId", "StopTransactionOnInvalidId", true, Group.TRANSACTIONS),
                list("stopTxnAlignedData", "StopTxnAlignedData", measurands, ""),
                constant("stopTxnAlignedDataMaxLength", "StopTxnAlignedDataMaxLength", MEASURAND_LIST_MAX, Group.METERING),
                list("stopTxnSampledData", "StopTxnSampledData", measurands, ""),
                constant("stopTxnSampledDataMaxLength", "StopTxnSampledDataMaxLength", MEASURAND_LIST_MAX, Group.METERING),
                // Lists what the OCPP client really implements; extend it as each profile lands (issue 6).
                define("supportedFeatureProfiles", new ListType(ListItem.oneOf(List.of(
                        "Core", "FirmwareManagement", "LocalAuthListManagement", "Reservation", "SmartCharging", "RemoteTrigger")), 6))
                        .ocpp("SupportedFeatureProfiles", READ).defaultValue("Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger").readOnly().build(),
                bool("unlockConnectorOnEVSideDisconnect", "UnlockConnectorOnEVSideDisconnect", true, Group.TRANSACTIONS),
                bool("localAuthListEnabled", "LocalAuthListEnabled", true, Group.AUTHORIZATION),
                constant("localAuthListMaxLength", "LocalAuthListMaxLength", 1000, Group.AUTHORIZATION),
                constant("sendLocalListMaxLength", "SendLocalListMaxLength", 100, Group.AUTHORIZATION),
                constant("chargeProfileMaxStackLevel", "ChargeProfileMaxStackLevel", 10, Group.SMART_CHARGING),
                define("chargingScheduleAllowedChargingRateUnit", new ListType(ListItem.oneOf(List.of("Current", "Power")), 2))
                        .ocpp("ChargingScheduleAllowedChargingRateUnit", READ).defaultValue("Current,Power")
                        .group(Group.SMART_CHARGING).readOnly().build(),
                constant("chargingScheduleMaxPeriods", "ChargingScheduleMaxPeriods", 48, Group.SMART_CHARGING),
                constant("maxChargingProfilesInstalled", "MaxChargingProfilesInstalled", 20, Group.SMART_CHARGING)));
        return all;
    }

    private static String defaultRotation(int connectors) {
        return String.join(",", IntStream.rangeClosed(0, connectors).mapToObj(i -> i + ".Unknown").toList());
    }

    static SettingDefinition bool(String key, String ocppKey, boolean value, Group group) {
        return define(key, new BooleanType()).ocpp(ocppKey, READ_WRITE).defaultValue(Boolean.toString(value))
                .group(group).build();
    }

    static SettingDefinition integer(String key, String ocppKey, long min, long max, String value,
                                     String unit, Group group) {
        return define(key, new IntegerType(min, max)).ocpp(ocppKey, READ_WRITE).defaultValue(value).unit(unit)
                .group(group).build();
    }

    static SettingDefinition constant(String key, String ocppKey, long value, Group group) {
        return fixed(key, ocppKey, value, group).build();
    }

    /** A constant the station reports over OCPP, before it is built (to declare more about it). */
    static SettingBuilder fixed(String key, String ocppKey, long value, Group group) {
        return define(key, new IntegerType(value, value)).ocpp(ocppKey, READ).defaultValue(Long.toString(value))
                .group(group).readOnly();
    }

    private static SettingDefinition list(String key, String ocppKey, MeasurandListItem measurands, String value) {
        return define(key, new ListType(measurands, MEASURAND_LIST_MAX)).ocpp(ocppKey, READ_WRITE)
                .defaultValue(value).group(Group.METERING).build();
    }

    /** {@code <connector>.<rotation>}, connector 0 being the grid connection. */
    private record PhaseRotationItem(int items) implements ListItem {
        @Override
        public String check(String item) {
            int dot = item.indexOf('.');
            String connector = dot < 0 ? "" : item.substring(0, dot);
            if (!connector.matches("\\d{1,2}") || Integer.parseInt(connector) >= items) {
                throw new org.stationconfig.settings.type.InvalidValueException(org.stationconfig.i18n.Text.of("rule.phaseRotation.connector",
                        org.stationconfig.settings.type.Texts.excerpt(item), items - 1));
            }
            String rotation = ListItem.oneOf(ROTATIONS).check(item.substring(dot + 1));
            return Integer.parseInt(connector) + "." + rotation;
        }

        @Override
        public List<String> choices() {
            return ROTATIONS;
        }
    }
}
