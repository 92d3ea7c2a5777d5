package org.stationconfig.filetransfer;

import java.nio.file.Path;
import java.util.Set;

/** One family of schemes (HTTP and HTTPS; FTP and FTPS) behind {@link StationFileTransfer}. */
interface TransferProtocol {

    /** Upper case, e.g. HTTP, HTTPS. */
    Set<String> schemes();

    /** Writes at most {@code budget} bytes to {@code target} (made 0600), fsynced when complete. */
    void download(TransferLocation location, Path target, DownloadLimit.Budget budget) throws FileTransferException;

    void upload(Path file, TransferLocation location, String fileName) throws FileTransferException;
}
