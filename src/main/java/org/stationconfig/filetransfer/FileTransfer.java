package org.stationconfig.filetransfer;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/**
 * Moves files between the station and a server for firmware updates, diagnostics and logs. Blocking: call it on a
 * worker thread, never on the OCPP or station thread.
 */
public interface FileTransfer {

    /** The URI schemes that work, upper case, as SupportedFileTransferProtocols lists them (e.g. FTP, HTTPS). */
    Set<String> protocols();

    /**
     * Fetches {@code location} into {@code target} (mode 0600, fsynced), within the station's download cap and free
     * space; fails with the reason a user can act on.
     */
    void download(URI location, Path target) throws FileTransferException;

    /** Stores {@code file} as {@code fileName} in the directory {@code location} (HTTP(S): PUT location/fileName). */
    void upload(Path file, URI location, String fileName) throws FileTransferException;
}
