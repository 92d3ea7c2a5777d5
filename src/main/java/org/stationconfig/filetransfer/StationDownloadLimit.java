package org.stationconfig.filetransfer;

import jakarta.inject.Singleton;
import org.stationconfig.data.StorageGuard;
import org.stationconfig.filetransfer.FileTransferException.Reason;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.settings.catalog.FirmwareSettings;

/**
 * The station's download budget: the {@code maxDownloadSize} setting, and never more than the free space beyond the
 * reserve the database keeps ({@link StorageGuard}); no download at all while the storage is below that reserve.
 */
@Singleton
public class StationDownloadLimit implements DownloadLimit {

    private static final long MB = 1024 * 1024;

    private final SettingsStore settings;
    private final StorageGuard storage;

    public StationDownloadLimit(SettingsStore settings, StorageGuard storage) {
        this.settings = settings;
        this.storage = storage;
    }

    @Override
    public Budget next() throws FileTransferException {
        long spare = storage.spareBytes();
        if (spare <= 0) {
            throw new FileTransferException(Reason.NO_SPACE, "the station's storage is nearly full (less than the "
                    + storage.reserveBytes() / MB + " MB kept for the database are free); no download is started");
        }
        long megabytes = settings.current().intValue(FirmwareSettings.MAX_DOWNLOAD_SIZE);
        long cap = megabytes * MB;
        return cap <= spare ? new Budget(cap, "the maxDownloadSize cap of " + megabytes + " MB")
                : new Budget(spare, "the free space beyond the " + storage.reserveBytes() / MB
                + " MB kept for the database");
    }
}
