package org.stationconfig.settings.catalog;

import static org.stationconfig.settings.OcppAccess.READ;
import static org.stationconfig.settings.OcppAccess.READ_WRITE;
import static org.stationconfig.settings.SettingDefinition.define;
import static org.stationconfig.settings.catalog.CoreSettings.constant;

import java.util.List;
import org.stationconfig.settings.Applies;
import org.stationconfig.settings.Group;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.Writer;
import org.stationconfig.settings.type.BooleanType;
import org.stationconfig.settings.type.EnumType;
import org.stationconfig.settings.type.IntegerType;
import org.stationconfig.settings.type.TextType;

/** Security whitepaper keys (WP2 §7) and the station's security switches. */
final class SecuritySettings {

    private SecuritySettings() {
    }

    static List<SettingDefinition> declare() {
        return List.of(
                // false: several central-system roots may coexist, so a CSMS can rotate its root (SPEC §2).
                define("additionalRootCertificateCheck", "Additional root certificate check", new BooleanType())
                        .ocpp("AdditionalRootCertificateCheck", READ).defaultValue("false").group(Group.SECURITY)
                        .readOnly().build(),
                // WP2 §7: at most 10 000 characters.
                constant("certificateSignedMaxChainSize", "CertificateSignedMaxChainSize", "Largest certificate chain", 10_000, Group.SECURITY),
                constant("certificateStoreMaxLength", "CertificateStoreMaxLength", "Most root certificates", 20, Group.SECURITY),
                // The O of the station certificate's subject; 64 = the X.520 upper bound of organizationName.
                define("cpoName", "CPO name", TextType.ascii(0, 64)).ocpp("CpoName", READ_WRITE).defaultValue("")
                        .group(Group.SECURITY).help("The charge point operator's name, put in the station certificate.").build(),
                define("authorizationKeyHexAsText", "Send a hex access key as text", new BooleanType())
                        .defaultValue("false").group(Group.SECURITY).applies(Applies.RECONNECT)
                        .help("For central systems that expect the hex string itself as the password.").build(),
                define("firmwareUpdateMode", "Firmware update mode", EnumType.of("SIGNED", "LEGACY"))
                        .defaultValue("SIGNED").group(Group.SECURITY).appWriters(Writer.SERVICE)
                        .help("SIGNED follows the security whitepaper; LEGACY also accepts unsigned UpdateFirmware.").build(),
                define("clockSource", "Clock source", EnumType.of("SYSTEM", "CSMS"))
                        .defaultValue("SYSTEM").group(Group.SYSTEM).appWriters(Writer.SERVICE)
                        .help("SYSTEM = the operating system clock (NTP); CSMS = follow the central system's time.").build(),
                define("booleanValuesAsIntegers", "Report booleans as 1/0", new BooleanType())
                        .defaultValue("false").group(Group.SYSTEM).appWriters(Writer.SERVICE).build(),
                define("httpEnabled", "Plain HTTP API", new BooleanType())
                        .defaultValue("true").group(Group.SYSTEM).appWriters(Writer.SERVICE).applies(Applies.RESTART).build(),
                define("connectionTrialAttempts", "Connection trial attempts", new IntegerType(1, 20))
                        .ocpp("ConnectionTrialAttempts", READ_WRITE).defaultValue("3").unit("times")
                        .help("Failed connection attempts with new settings before the last working ones are restored.")
                        .build(),
                define("reconnectMaxInterval", "Longest reconnect wait", new IntegerType(1, 86400))
                        .ocpp("ReconnectMaxInterval", READ_WRITE).defaultValue("300").unit("s").build());
    }
}
