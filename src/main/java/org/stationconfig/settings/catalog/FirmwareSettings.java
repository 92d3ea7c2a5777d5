package org.stationconfig.settings.catalog;

import static org.stationconfig.settings.OcppAccess.READ;
import static org.stationconfig.settings.SettingDefinition.define;

import java.util.List;
import org.stationconfig.settings.Group;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.type.ListItem;
import org.stationconfig.settings.type.ListType;

/** Firmware management keys (S16 §9.5, added by errata 3.88). */
final class FirmwareSettings {

    /**
     * What the station's file transfer can do; must equal {@code FileTransfer.protocols()} (a test holds the two
     * together), so central systems pick a location that works (SPEC §5).
     */
    static final String FILE_TRANSFER_PROTOCOLS = "FTP,FTPS,HTTP,HTTPS";

    private FirmwareSettings() {
    }

    static List<SettingDefinition> declare() {
        return List.of(
                define("supportedFileTransferProtocols", "Supported file transfer protocols",
                        new ListType(ListItem.oneOf(List.of("FTP", "FTPS", "HTTP", "HTTPS")), 4))
                        .ocpp("SupportedFileTransferProtocols", READ).defaultValue(FILE_TRANSFER_PROTOCOLS)
                        .group(Group.SYSTEM).readOnly()
                        .help("The protocols firmware, diagnostics and logs can be transferred with.").build());
    }
}
