package org.stationconfig.filetransfer;

import java.nio.file.Path;
import java.util.Set;

/** One family of schemes (HTTP and HTTPS; FTP and FTPS) behind {@link StationFileTransfer}. */
interface TransferProtocol {

    /** Upper case, e.g. HTTP, HTTPS. */
    Set<String> schemes();

    void download(TransferLocation location, Path target) throws FileTransferException;

    void upload(Path file, TransferLocation location, String fileName) throws FileTransferException;
}
