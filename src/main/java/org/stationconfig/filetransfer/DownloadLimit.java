package org.stationconfig.filetransfer;

/** How much a download that starts now may write. */
@FunctionalInterface
public interface DownloadLimit {

    /** No cap: for tests of the transfer alone. */
    DownloadLimit NONE = () -> new Budget(Long.MAX_VALUE, "no cap");

    /**
     * The budget of a download that starts now; fails with {@link FileTransferException.Reason#NO_SPACE} when the
     * station refuses new downloads (its storage is nearly full).
     */
    Budget next() throws FileTransferException;

    /**
     * @param bytes the most a download may write
     * @param what  what sets it, for the message when a file is larger (e.g. "the maxDownloadSize cap of 512 MB")
     */
    record Budget(long bytes, String what) {
    }
}
