package org.stationconfig.firmware;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.common.GuardedExecutor;
import org.stationconfig.filetransfer.FileTransfer;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.rpc.ExecutorScheduler;
import org.stationconfig.securitylog.SecurityEvents;

/**
 * The station's firmware updates: one at a time, on their own thread. A new request replaces a running update
 * unless it is already installing (whitepaper L01.FR.26); the update is persisted after every step and continued
 * after a restart of the service.
 */
@Context
public class FirmwareUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(FirmwareUpdates.class);

    /** The answer to a new request. */
    public enum Start {
        /** Nothing was running: the update starts. */
        STARTED,
        /** A running update was cancelled for this one (AcceptedCanceled). */
        REPLACED,
        /** An update is installing and cannot be cancelled; the request is refused and changes nothing. */
        REFUSED_INSTALLING
    }

    private final GuardedExecutor thread = new GuardedExecutor("firmware");
    private final FirmwareUpdateRepository repository;
    private final FileTransfer transfer;
    private final StationClock clock;
    private final RunContext context;
    private volatile FirmwareUpdate latest;
    private UpdateRun run; // firmware thread only

    FirmwareUpdates(FirmwareUpdateRepository repository, FileTransfer transfer, FirmwareInstaller installer,
                    InstallWindow window, FirmwareStatusSink statuses, Reboot reboot, SecurityEvents securityEvents,
                    StationClock clock, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                    @Property(name = "station.data-dir") String dataDir) {
        this.repository = repository;
        this.transfer = transfer;
        this.clock = clock;
        thread.setRemoveOnCancelPolicy(true);
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        ExecutorScheduler timers = new ExecutorScheduler(thread);
        this.context = new RunContext(thread::execute, timers::schedule, blocking, clock::now, transfer, installer,
                window, statuses, this::save, reboot,
                (event, techInfo) -> securityEvents.raise(event, techInfo, clock.now()),
                Path.of(dataDir, "firmware"));
        context.thread().execute(this::recover);
    }

    /** The schemes the station can download from, as SupportedFileTransferProtocols lists them. */
    public Set<String> protocols() {
        return transfer.protocols();
    }

    /** The running update, or the last one; empty when the station never had one. */
    public Optional<FirmwareUpdate> latest() {
        return Optional.ofNullable(latest);
    }

    /** Starts an update after the answer to its request has gone out (the future completes on the firmware thread). */
    public CompletableFuture<Start> start(FirmwareRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            boolean running = run != null && !run.update().finished();
            if (running && run.update().installing()) {
                LOG.warn("Firmware {} refused: {} is installing", Locations.forLog(request.location()),
                        run.update().describe());
                return Start.REFUSED_INSTALLING;
            }
            if (running) {
                run.cancel();
            }
            UpdateRun next = new UpdateRun(context, FirmwareUpdate.requested(request, clock.now()));
            save(next.update());
            run = next;
            context.thread().execute(next::start); // after this answer: its first status must not overtake it
            return running ? Start.REPLACED : Start.STARTED;
        }, thread);
    }

    private void recover() {
        try {
            Optional<FirmwareUpdate> stored = repository.latest();
            discardImagesExcept(stored.filter(update -> !update.finished()).map(UpdateRun::imageName).orElse(null));
            stored.ifPresent(found -> {
                latest = found;
                if (!found.finished() || !found.reported()) {
                    run = new UpdateRun(context, found);
                    run.resume();
                }
            });
        } catch (RuntimeException e) {
            LOG.error("The firmware update in progress could not be continued", e);
        }
    }

    /** Images of updates that were cancelled or cut short by a power loss would fill the station's storage. */
    private void discardImagesExcept(String keep) {
        if (!Files.isDirectory(context.images())) {
            return;
        }
        try (Stream<Path> files = Files.list(context.images())) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals(keep)).toList()) {
                Files.deleteIfExists(file);
                LOG.info("Removed the stale firmware image {}", file.getFileName());
            }
        } catch (IOException e) {
            LOG.warn("Could not clean up the firmware images in {}: {}", context.images(), e.toString());
        }
    }

    private void save(FirmwareUpdate update) {
        repository.store(update);
        latest = update;
    }

    @PreDestroy
    void shutDown() {
        thread.shutdownNow();
    }
}
