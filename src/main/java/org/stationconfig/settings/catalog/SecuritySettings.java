package org.stationconfig.settings.catalog;

import static org.stationconfig.settings.OcppAccess.READ;
import static org.stationconfig.settings.OcppAccess.READ_WRITE;
import static org.stationconfig.settings.SettingDefinition.define;
import static org.stationconfig.settings.catalog.CoreSettings.fixed;

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
                define("additionalRootCertificateCheck", new BooleanType())
                        .ocpp("AdditionalRootCertificateCheck", READ).defaultValue("false").group(Group.SECURITY)
                        .securityParameter().readOnly().build(),
                // WP2 §7: at most 10 000 characters.
                fixed("certificateSignedMaxChainSize", "CertificateSignedMaxChainSize", 10_000, Group.SECURITY)
                        .securityParameter().build(),
                fixed("certificateStoreMaxLength", "CertificateStoreMaxLength", 20, Group.SECURITY).securityParameter()
                        .build(),
                // The O of the station certificate's subject; 64 = the X.520 upper bound of organizationName.
                define("cpoName", TextType.ascii(0, 64)).ocpp("CpoName", READ_WRITE).defaultValue("")
                        .group(Group.SECURITY).securityParameter().build(),
                define("authorizationKeyHexAsText", new BooleanType())
                        .defaultValue("false").group(Group.SECURITY).connection().securityParameter().build(),
                define("firmwareUpdateMode", EnumType.of("SIGNED", "LEGACY"))
                        .defaultValue("SIGNED").group(Group.SECURITY).appWriters(Writer.SERVICE).securityParameter().build(),
                define("clockSource", EnumType.of("SYSTEM", "CSMS"))
                        .defaultValue("SYSTEM").group(Group.SYSTEM).appWriters(Writer.SERVICE).securityParameter().build(),
                define("booleanValuesAsIntegers", new BooleanType())
                        .defaultValue("false").group(Group.SYSTEM).appWriters(Writer.SERVICE).build(),
                define("httpEnabled", new BooleanType())
                        .defaultValue("true").group(Group.SYSTEM).appWriters(Writer.SERVICE).applies(Applies.RESTART)
                        .securityParameter().build(),
                define("connectionTrialAttempts", new IntegerType(1, 20))
                        .ocpp("ConnectionTrialAttempts", READ_WRITE).defaultValue("3").unit("times")
                        .build(),
                define("reconnectMaxInterval", new IntegerType(1, 86400))
                        .ocpp("ReconnectMaxInterval", READ_WRITE).defaultValue("300").unit("s").build());
    }
}
