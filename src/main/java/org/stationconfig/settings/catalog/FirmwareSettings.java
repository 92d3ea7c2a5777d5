package org.stationconfig.settings.catalog;

import static org.stationconfig.settings.OcppAccess.READ;
import static org.stationconfig.settings.SettingDefinition.define;

import java.util.List;
import org.stationconfig.settings.Group;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.Writer;
import org.stationconfig.settings.type.IntegerType;
import org.stationconfig.settings.type.ListItem;
import org.stationconfig.settings.type.ListType;

/** Firmware management keys (S16 §9.5, added by errata 3.88) and the station's download cap. */
public final class FirmwareSettings {

    /**
     * What the station's file transfer can do; must equal {@code FileTransfer.protocols()} (a test holds the two
     * together), so central systems pick a location that works (SPEC §5).
     */
    static final String FILE_TRANSFER_PROTOCOLS = "FTP,FTPS,HTTP,HTTPS";

    /** The key of the download cap in MB, read by the file transfer at the start of each download. */
    public static final String MAX_DOWNLOAD_SIZE = "maxDownloadSize";

    private FirmwareSettings() {
    }

    static List<SettingDefinition> declare() {
        return List.of(
                define("supportedFileTransferProtocols", new ListType(ListItem.oneOf(List.of("FTP", "FTPS", "HTTP", "HTTPS")), 4))
                        .ocpp("SupportedFileTransferProtocols", READ).defaultValue(FILE_TRANSFER_PROTOCOLS)
                        .group(Group.SYSTEM).readOnly().build(),
                define(MAX_DOWNLOAD_SIZE, new IntegerType(1, 65_536)).unit("MB")
                        .defaultValue("512").group(Group.SYSTEM).appWriters(Writer.SERVICE).build());
    }
}
