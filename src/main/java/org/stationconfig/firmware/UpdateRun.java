package org.stationconfig.firmware;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.data.OwnerOnlyFiles;
import org.stationconfig.filetransfer.FileTransferException;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.securitylog.SecurityEvent;

/**
 * One firmware update from request to Installed or a failure (S16 §5.19, whitepaper L01): wait for retrieveDateTime
 * (DownloadScheduled), download with retries (Downloading, Downloaded or DownloadFailed), check the signature of a
 * signed image (SignatureVerified or InvalidSignature), wait for installDateTime (InstallScheduled), take the
 * connectors out of service and wait for transactions to end, install (Installing), reboot into it
 * (InstallRebooting) and report Installed after the new boot. Every status goes to the central system as it is
 * entered (L01.FR.01) and is persisted first, so a restart continues from it ({@link #resume}). The image's SHA-256
 * is stored once it is written and checked again right before installing (InstallVerificationFailed when it
 * changed), so an image damaged while the station was off is never installed.
 *
 * <p>Runs on the firmware thread only; slow work is handed to the blocking executor and its result comes back.
 */
final class UpdateRun {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateRun.class);

    private final RunContext context;
    private FirmwareUpdate update;
    private Scheduler.Cancellable timer;
    private boolean cancelled;

    UpdateRun(RunContext context, FirmwareUpdate update) {
        this.context = context;
        this.update = update;
    }

    FirmwareUpdate update() {
        return update;
    }

    /** A new update, just answered. */
    void start() {
        LOG.info("Firmware {} accepted; download at {}", update.describe(), update.retrieveAt());
        if (now().isBefore(update.retrieveAt())) {
            move(FirmwareStatus.DownloadScheduled);
            at(update.retrieveAt(), this::download);
        } else {
            download();
        }
    }

    /** After a service restart: report what the central system has not had yet, then go on from where it stopped. */
    void resume() {
        LOG.info("Firmware {} was {} when the station stopped", update.describe(), update.status());
        if (!update.reported() && update.status() != FirmwareStatus.Idle) {
            report();
        }
        switch (update.status()) {
            case Idle, DownloadScheduled, Downloading, DownloadPaused -> {
                if (now().isBefore(update.retrieveAt())) {
                    at(update.retrieveAt(), this::download);
                } else {
                    download(); // an interrupted download starts over, with the attempts it has left
                }
            }
            case Downloaded -> {
                if (Files.isRegularFile(image())) {
                    verify();
                } else {
                    download();
                }
            }
            case SignatureVerified, InstallScheduled -> {
                if (Files.isRegularFile(image())) {
                    scheduleInstall();
                } else {
                    download();
                }
            }
            case Installing -> {
                LOG.warn("Firmware installation was interrupted by a restart");
                failed(FirmwareStatus.InstallationFailed);
            }
            case InstallRebooting -> {
                if (context.reboot().runs(update.installedVersion())) {
                    rebooted(); // the restart was the reboot
                } else { // stopped before the reboot began: boot into it now
                    context.reboot().into(update.installedVersion())
                            .whenCompleteAsync((booted, error) -> rebooted(), context.thread());
                }
            }
            default -> { } // finished
        }
    }

    /**
     * A newer update replaces this one (L01.FR.26): stop waiting and downloading, give the connectors back. Not
     * possible once installing ({@link FirmwareUpdate#installing}); the caller checks.
     */
    void cancel() {
        LOG.info("Firmware {} cancelled by a newer update", update.describe());
        cancelled = true;
        cancelTimer();
        context.window().reopen(update.closedConnectorIds());
        deleteImage(); // a download still running deletes its file again when it ends
    }

    private void download() {
        if (cancelled) {
            return;
        }
        move(FirmwareStatus.Downloading);
        int attempt = update.attempts() + 1;
        save(update.withAttempts(attempt, now()));
        Path image = image();
        String location = update.location();
        CompletableFuture.supplyAsync(() -> fetch(Locations.parse(location), image), context.blocking())
                .whenCompleteAsync((hash, failure) -> downloaded(attempt, hash, failure), context.thread());
    }

    /** Downloads the image (written 0600 and fsynced by the transfer) and returns its SHA-256. */
    private String fetch(URI location, Path image) {
        try {
            OwnerOnlyFiles.folder(image.getParent());
            context.transfer().download(location, image);
            return ImageHash.of(image);
        } catch (FileTransferException e) {
            throw new CompletionException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void downloaded(int attempt, String hash, Throwable failure) {
        if (cancelled) {
            deleteImage();
            return;
        }
        if (failure == null) {
            LOG.info("Firmware downloaded from {} (SHA-256 {})", Locations.forLog(update.location()), hash);
            save(update.withImageSha256(hash, now()));
            move(FirmwareStatus.Downloaded);
            verify();
            return;
        }
        int allowed = update.retries() + 1;
        LOG.warn("Firmware download {} of {} failed: {}", attempt, allowed, reason(failure));
        if (attempt < allowed) {
            after(Duration.ofSeconds(update.retryIntervalSeconds()), this::download);
            return;
        }
        deleteImage();
        failed(FirmwareStatus.DownloadFailed);
    }

    /** A signed image must verify with the signing certificate's key before anything else happens (L01). */
    private void verify() {
        if (!update.signed()) {
            scheduleInstall();
            return;
        }
        Path image = image();
        CompletableFuture.supplyAsync(() -> FirmwareSignature.verifies(image, update.signature(),
                        update.signingCertificate()), context.blocking())
                .whenCompleteAsync((valid, failure) -> verified(Boolean.TRUE.equals(valid), failure), context.thread());
    }

    private void verified(boolean valid, Throwable failure) {
        if (cancelled) {
            deleteImage();
            return;
        }
        if (valid) {
            move(FirmwareStatus.SignatureVerified);
            scheduleInstall();
            return;
        }
        String why = failure == null ? "the signature does not match the image and the signing certificate"
                : "the image could not be read: " + reason(failure);
        LOG.warn("Firmware from {} refused: {}", Locations.forLog(update.location()), why);
        context.securityEvents().raise(SecurityEvent.InvalidFirmwareSignature,
                "firmware " + Locations.fileName(update.location()) + ": " + why);
        deleteImage();
        failed(FirmwareStatus.InvalidSignature);
    }

    private void scheduleInstall() {
        if (update.installAt() != null && now().isBefore(update.installAt())) {
            move(FirmwareStatus.InstallScheduled);
            at(update.installAt(), this::install);
        } else {
            install();
        }
    }

    /** S16 §5.19, L01: connectors not in use become Unavailable, and the installation waits for transactions to end. */
    private void install() {
        if (cancelled) {
            return;
        }
        Set<Integer> closed = new LinkedHashSet<>(update.closedConnectorIds());
        closed.addAll(context.window().closeConnectors());
        save(update.withClosedConnectors(List.copyOf(closed), now()));
        context.window().noTransactionRunning().whenCompleteAsync((idle, failure) -> installNow(), context.thread());
    }

    /** The image must still be the one downloaded: the station may have been off, or lost power, since then. */
    private void installNow() {
        if (cancelled) {
            return;
        }
        Path image = image();
        String expected = update.imageSha256();
        CompletableFuture.supplyAsync(() -> expected == null || expected.equals(ImageHash.of(image)),
                        context.blocking())
                .whenCompleteAsync((intact, failure) -> {
                    if (Boolean.TRUE.equals(intact)) {
                        installChecked(image);
                    } else {
                        notIntact(failure);
                    }
                }, context.thread());
    }

    private void notIntact(Throwable failure) {
        if (cancelled) {
            return;
        }
        String why = failure == null ? "its SHA-256 differs from the one taken after the download"
                : "it cannot be read: " + reason(failure);
        LOG.warn("Firmware image from {} not installed: {}", Locations.forLog(update.location()), why);
        deleteImage();
        failed(FirmwareStatus.InstallVerificationFailed);
    }

    private void installChecked(Path image) {
        if (cancelled) {
            return;
        }
        move(FirmwareStatus.Installing);
        String fileName = Locations.fileName(update.location());
        CompletableFuture.supplyAsync(() -> context.installer().install(image, fileName), context.blocking())
                .whenCompleteAsync(this::installed, context.thread());
    }

    private void installed(InstallOutcome outcome, Throwable failure) {
        deleteImage();
        InstallOutcome result = failure != null ? new InstallOutcome.Failed(reason(failure))
                : outcome != null ? outcome : new InstallOutcome.Failed("the installer gave no outcome");
        if (result instanceof InstallOutcome.Installed installed) {
            LOG.info("Firmware {} installed; rebooting into it", installed.version());
            save(update.withInstalledVersion(installed.version(), now()));
            // the central system should have InstallRebooting before the connection goes down for the reboot
            move(FirmwareStatus.InstallRebooting).whenCompleteAsync((sent, ignored) ->
                    context.reboot().into(installed.version())
                            .whenCompleteAsync((booted, error) -> rebooted(), context.thread()), context.thread());
        } else if (result instanceof InstallOutcome.VerificationFailed refused) {
            LOG.warn("Firmware installation refused the image: {}", refused.reason());
            failed(FirmwareStatus.InstallVerificationFailed);
        } else {
            LOG.warn("Firmware installation failed: {}", ((InstallOutcome.Failed) result).reason());
            failed(FirmwareStatus.InstallationFailed);
        }
    }

    /** Booted into the new firmware: the security event, the connectors back in service, and Installed. */
    private void rebooted() {
        context.securityEvents().raise(SecurityEvent.FirmwareUpdated,
                "firmware version " + update.installedVersion() + " installed from " + Locations.fileName(update.location()));
        reopenConnectors();
        move(FirmwareStatus.Installed);
    }

    private void failed(FirmwareStatus status) {
        cancelTimer();
        reopenConnectors();
        move(status);
    }

    private void reopenConnectors() {
        if (!update.closedConnectorIds().isEmpty()) {
            context.window().reopen(update.closedConnectorIds());
            save(update.withClosedConnectors(List.of(), now()));
        }
    }

    /** Enters a status: persisted first, then reported (L01.FR.01). Entering the current status again does nothing. */
    private CompletableFuture<Void> move(FirmwareStatus status) {
        if (update.status() == status) {
            return CompletableFuture.completedFuture(null);
        }
        save(update.withStatus(status, now()));
        return report();
    }

    private CompletableFuture<Void> report() {
        FirmwareUpdate reported = update;
        return context.statuses().report(reported, () -> context.thread().execute(() -> {
            if (!cancelled && update.status() == reported.status() && !update.reported()) {
                save(update.withReported());
            }
        }));
    }

    private void save(FirmwareUpdate changed) {
        if (cancelled) {
            return; // the newer update owns the row now
        }
        update = changed;
        context.journal().accept(changed);
    }

    private void at(Instant when, Runnable task) {
        after(Duration.between(now(), when), task);
    }

    private void after(Duration delay, Runnable task) {
        cancelTimer();
        timer = context.scheduler().schedule(delay.isNegative() ? Duration.ZERO : delay, task);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** Each update has its own file, so a cancelled download still running cannot overwrite the next one's. */
    private Path image() {
        return context.images().resolve(imageName(update));
    }

    static String imageName(FirmwareUpdate update) {
        return "firmware-" + update.receivedAt().toEpochMilli() + ".img";
    }

    private void deleteImage() {
        try {
            Files.deleteIfExists(image());
        } catch (IOException e) {
            LOG.warn("Could not delete the firmware image {}: {}", image(), e.toString());
        }
    }

    private Instant now() {
        return context.clock().get();
    }

    /** The cause's message; FileTransferException messages never carry user info (its contract). */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
