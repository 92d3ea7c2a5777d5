package org.stationconfig.diagnostics;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.data.OwnerOnlyFiles;
import org.stationconfig.filetransfer.FileTransfer;
import org.stationconfig.filetransfer.FileTransferException;
import org.stationconfig.filetransfer.FileTransferException.Reason;
import org.stationconfig.filetransfer.TransferLocation;

/**
 * One upload on a worker thread: check the location, report Uploading, collect the file, upload it with retries,
 * report how it ended. An interrupt (a newer request on the same channel, N01.FR.11) ends it without a report.
 * Logs name the location without its user info.
 */
final class UploadJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(UploadJob.class);

    private final UploadRequest request;
    private final LogCollector collector;
    private final FileTransfer transfer;
    private final Path workDirectory;
    private final LongSupplier spareBytes;
    private final Consumer<UploadState> reports;

    /** @param spareBytes free space beyond the reserve kept for the database; the file is collected only if some */
    UploadJob(UploadRequest request, LogCollector collector, FileTransfer transfer, Path workDirectory,
              LongSupplier spareBytes, Consumer<UploadState> reports) {
        this.request = request;
        this.collector = collector;
        this.transfer = transfer;
        this.workDirectory = workDirectory;
        this.spareBytes = spareBytes;
        this.reports = reports;
    }

    /** Thrown inside the job when it was cancelled: it ends quietly. */
    private static final class Cancelled extends Exception {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    @Override
    public void run() {
        try {
            UploadState end = upload();
            reports.accept(end);
        } catch (Cancelled cancelled) {
            LOG.info("{} cancelled", request.label());
        }
    }

    private UploadState upload() throws Cancelled {
        URI uri;
        TransferLocation location;
        try {
            uri = new URI(request.location().strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toUpperCase(Locale.ROOT);
            if (scheme != null && !transfer.protocols().contains(scheme)) {
                LOG.warn("{}: the station cannot upload over {} (it can over {})", request.label(), scheme,
                        String.join(", ", transfer.protocols()));
                return UploadState.UNSUPPORTED_SCHEME;
            }
            location = TransferLocation.of(uri);
        } catch (URISyntaxException e) {
            LOG.warn("{}: the location is not a valid URI ({})", request.label(), e.getReason());
            return UploadState.BAD_LOCATION;
        } catch (FileTransferException e) {
            LOG.warn("{}: {}", request.label(), e.getMessage());
            return UploadState.BAD_LOCATION;
        }
        reports.accept(UploadState.UPLOADING);
        if (spareBytes.getAsLong() <= 0) {
            LOG.warn("{}: the station's storage is nearly full; the log file is not collected", request.label());
            return UploadState.FAILED; // the collected file would take the space the database needs
        }
        Path file = workDirectory.resolve(request.fileName());
        try {
            OwnerOnlyFiles.folder(workDirectory);
            collector.collect(request.kind(), request.window(), file);
            return attempts(uri, location, file);
        } catch (IOException e) {
            stopIfCancelled();
            LOG.warn("{}: the log file could not be collected: {}", request.label(), e.toString());
            return UploadState.FAILED;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("{}: {} not deleted: {}", request.label(), file, e.toString());
            }
        }
    }

    private UploadState attempts(URI uri, TransferLocation location, Path file) throws Cancelled {
        int attempts = 1 + request.retries();
        LOG.info("{}: uploading {} to {}", request.label(), request.fileName(), location);
        for (int attempt = 1; ; attempt++) {
            try {
                transfer.upload(file, uri, request.fileName());
                LOG.info("{}: uploaded {} to {}", request.label(), request.fileName(), location);
                return UploadState.UPLOADED;
            } catch (FileTransferException e) {
                stopIfCancelled();
                LOG.warn("{}: attempt {} of {} failed: {}", request.label(), attempt, attempts, e.getMessage());
                if (e.reason() == Reason.PERMISSION_DENIED) {
                    return UploadState.PERMISSION_DENIED; // the same credentials fail the same way next time
                }
                if (attempt >= attempts) {
                    return UploadState.FAILED;
                }
            }
            try {
                Thread.sleep(request.retryInterval().toMillis());
            } catch (InterruptedException e) {
                throw new Cancelled();
            }
        }
    }

    private static void stopIfCancelled() throws Cancelled {
        if (Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }
}
