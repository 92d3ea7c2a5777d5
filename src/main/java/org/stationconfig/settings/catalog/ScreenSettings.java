package org.stationconfig.settings.catalog;

import static org.stationconfig.settings.OcppAccess.READ;
import static org.stationconfig.settings.OcppAccess.READ_WRITE;
import static org.stationconfig.settings.OcppAccess.WRITE;
import static org.stationconfig.settings.SettingDefinition.define;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.settings.Applies;
import org.stationconfig.settings.Group;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.rules.AccessKeys;
import org.stationconfig.settings.rules.SecurityProfiles;
import org.stationconfig.settings.type.BooleanType;
import org.stationconfig.settings.type.DecimalType;
import org.stationconfig.settings.type.EnumType;
import org.stationconfig.settings.type.IntegerType;
import org.stationconfig.settings.type.ListType;
import org.stationconfig.settings.type.SecretType;
import org.stationconfig.settings.type.TextType;

/** The phone app's "OCPP 1.6 JSON" screen, items 2–19 of SPEC §2. */
final class ScreenSettings {

    /** CSL MaxLength: 12 items of the longest measurand name still fit OCPP's 500-character values. */
    static final int MEASURAND_LIST_MAX = 12;

    private ScreenSettings() {
    }

    static List<SettingDefinition> declare(StationProperties station) {
        MeasurandListItem measurands = new MeasurandListItem(station.meterMeasurands(), station.phases());
        return List.of(
                define("protocol", new EnumType(List.of("OCPP16J"),
                        Map.of("MQTT", "MQTT is listed for a later release and is not available on this station; use OCPP16J")))
                        .defaultValue("OCPP16J").connection().build(),
                // on/off is no trial: the station connects or disconnects at once (SPEC §2)
                define("enabled", new BooleanType())
                        .defaultValue("false").applies(Applies.IMMEDIATELY).build(),
                define("centralSystemUrl", TextType.ascii(0, 500))
                        .ocpp("CentralSystemURI", READ_WRITE).defaultValue("").connection().build(),
                define("chargePointId", new TextType(1, 48, Pattern.compile("[A-Za-z0-9*\\-_=+|@.]"),
                        org.stationconfig.i18n.Text.of("value.allowed.chargePointId")))
                        .ocpp("ChargePointId", READ).defaultFrom("chargePointSerialNumber").connection().build(),
                define("securityProfile", new IntegerType(0, 3))
                        .ocpp("SecurityProfile", READ_WRITE).defaultValue("0").connection().securityParameter()
                        .group(Group.OCPP).csmsRule(SecurityProfiles::csmsRefusal)
                        .build(),
                define("accessKey", new SecretType(80))
                        .ocpp("AuthorizationKey", WRITE).connection().securityParameter().secret()
                        .csmsRule(AccessKeys::csmsRefusal).build(),
                define("accessKeyFormat", EnumType.of("auto", "hex", "text"))
                        // kept and rolled back with the key it read, so the two never disagree
                        .defaultValue("auto").connection()
                        .build(),
                define("fallbackLimit", new DecimalType(BigDecimal.ZERO, station::maxCurrent, 1))
                        .ocpp("FallbackCurrentLimit", READ_WRITE).unit("A").defaultValue(station.maxCurrent().toPlainString()).build(),
                define("connectionCheckInterval", new IntegerType(0, 3600))
                        .ocpp("WebSocketPingInterval", READ_WRITE).unit("s").defaultValue("60").build(),
                define("reconnectInterval", new IntegerType(1, 3600))
                        .ocpp("ReconnectInterval", READ_WRITE).unit("s").defaultValue("30").build(),
                define("transactionMessageAttempts", new IntegerType(1, 100))
                        .ocpp("TransactionMessageAttempts", READ_WRITE).unit("times").defaultValue("3")
                        .group(Group.TRANSACTIONS).build(),
                define("transactionMessageRetryInterval", new IntegerType(1, 86400))
                        .ocpp("TransactionMessageRetryInterval", READ_WRITE).unit("s").defaultValue("60")
                        .group(Group.TRANSACTIONS).build(),
                define("meterValueSampleInterval", new IntegerType(0, 86400))
                        .ocpp("MeterValueSampleInterval", READ_WRITE).unit("s").defaultValue("60")
                        .group(Group.METERING).build(),
                define("meterValuesSampledData", new ListType(measurands, MEASURAND_LIST_MAX))
                        .ocpp("MeterValuesSampledData", READ_WRITE).defaultValue("Energy.Active.Import.Register")
                        .group(Group.METERING).build(),
                define("meterValuesSampledDataMaxLength", new IntegerType(0, 100))
                        .ocpp("MeterValuesSampledDataMaxLength", READ).defaultValue(Integer.toString(MEASURAND_LIST_MAX))
                        .group(Group.METERING).readOnly().build());
    }
}
