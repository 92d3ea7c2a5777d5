package org.stationconfig.diagnostics;

import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.data.StorageGuard;
import org.stationconfig.filetransfer.FileTransfer;

/**
 * The uploads under way, at most one per channel, each on a worker thread of its own (never the OCPP or station
 * thread). A new request on a busy channel cancels the running upload (whitepaper N01.FR.11 for GetLog; for
 * GetDiagnostics, whose notifications carry no id, the newest request wins likewise); the cancelled one reports
 * nothing more, so the notifications that follow are the new request's. While the storage is below the reserve kept
 * for the database ({@link StorageGuard}) no log file is collected and the upload fails.
 */
@Singleton
public class Uploads {

    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);

    /** What {@link #start} did. */
    public enum Start { STARTED, REPLACED, REFUSED }

    /** An upload under way and where it is. */
    public record Running(UploadRequest request, UploadState state) {
    }

    private final class Job {
        final UploadRequest request;
        volatile UploadState state = UploadState.UPLOADING;
        FutureTask<Void> task;

        Job(UploadRequest request) {
            this.request = request;
        }
    }

    private final LogCollector collector;
    private final FileTransfer transfer;
    private final UploadReports reports;
    private final Path workDirectory;
    private final StorageGuard storage;
    private final Map<UploadChannel, Job> running = new EnumMap<>(UploadChannel.class);
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "upload-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public Uploads(LogCollector collector, FileTransfer transfer, UploadReports reports,
                   StorageGuard storage, @Property(name = "station.data-dir") String dataDir) {
        this.collector = collector;
        this.storage = storage;
        this.transfer = transfer;
        this.reports = reports;
        this.workDirectory = Path.of(dataDir).resolve("uploads");
        removeLeftovers();
    }

    public synchronized Start start(UploadRequest request) {
        Job previous = running.remove(request.channel());
        if (previous != null) {
            previous.task.cancel(true);
            LOG.info("{} cancels {}", request.label(), previous.request.label());
        }
        Job job = new Job(request);
        job.task = new FutureTask<>(new UploadJob(request, collector, transfer, workDirectory,
                storage::spareBytes, state -> report(job, state)), null);
        try {
            workers.execute(() -> {
                try {
                    job.task.run();
                    job.task.get(); // a FutureTask keeps a failure to itself: an Error in the job must reach the log
                } catch (ExecutionException e) {
                    LOG.error("{} failed", request.label(), e.getCause());
                } catch (InterruptedException | CancellationException stopped) {
                    // cancelled by a newer request, which logged it
                } finally {
                    finished(job);
                }
            });
        } catch (RejectedExecutionException stopping) {
            return Start.REFUSED;
        }
        running.put(request.channel(), job);
        return previous == null ? Start.STARTED : Start.REPLACED;
    }

    /** The upload under way on the channel, for a triggered status notification. */
    public synchronized Optional<Running> running(UploadChannel channel) {
        return Optional.ofNullable(running.get(channel)).map(job -> new Running(job.request, job.state));
    }

    private synchronized void report(Job job, UploadState state) {
        if (running.get(job.request.channel()) != job) {
            return; // cancelled: a newer request owns the channel's notifications
        }
        job.state = state;
        if (state.finished()) {
            running.remove(job.request.channel());
        }
        reports.report(job.request, state);
    }

    private synchronized void finished(Job job) {
        running.remove(job.request.channel(), job);
    }

    private void removeLeftovers() {
        if (!Files.isDirectory(workDirectory)) {
            return;
        }
        try (Stream<Path> files = Files.list(workDirectory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Files of an interrupted upload in {} were not removed: {}", workDirectory, e.toString());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
