package org.stationconfig.firmware.ocpp;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.connection.ConnectionChanged;
import org.stationconfig.connection.ConnectionState;
import org.stationconfig.connection.Registration;
import org.stationconfig.firmware.FirmwareStatusSink;
import org.stationconfig.firmware.FirmwareUpdate;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.rpc.ConnectionLostException;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.firmware.FirmwareStatusNotification;
import org.stationconfig.ocpp.v16.security.SignedFirmwareStatusNotification;

/**
 * Sends the statuses of updates to the central system, one at a time and in order: a signed update's as
 * SignedFirmwareStatusNotification with its requestId (L01.FR.10), a plain one's as the 1.6 FirmwareStatusNotification
 * (no request id; steps 1.6 has no status for are left out). A status that cannot go out because the station is not
 * online — Installed after the reboot is the usual case — or whose link dropped while it awaited its answer
 * (Installing, when the link closes for the reboot) stays first in line and is sent again, before any later one, as
 * soon as the station is Accepted again.
 */
@Singleton
class FirmwareStatusReports implements FirmwareStatusSink {

    private static final Logger LOG = LoggerFactory.getLogger(FirmwareStatusReports.class);
    /** Statuses kept while offline; the oldest go first if an outage outlasts a whole update. */
    static final int HELD_MAX = 20;

    /** @param firstAttempt completes when the first try is over: answered, failed, or held for later */
    private record Report(OcppRequest<?> request, Runnable delivered, CompletableFuture<Void> firstAttempt) {
    }

    private final CentralSystem centralSystem;
    /** In order; the first one is in flight while {@code sending}. Guarded by this. */
    private final Deque<Report> waiting = new ArrayDeque<>();
    private boolean sending;

    FirmwareStatusReports(CentralSystem centralSystem) {
        this.centralSystem = centralSystem;
    }

    @Override
    public CompletableFuture<Void> report(FirmwareUpdate update, Runnable delivered) {
        Optional<OcppRequest<?>> request = message(update);
        if (request.isEmpty()) {
            delivered.run(); // nothing a 1.6 central system could be told
            return CompletableFuture.completedFuture(null);
        }
        Report report = new Report(request.get(), delivered, new CompletableFuture<>());
        synchronized (this) {
            if (waiting.size() >= HELD_MAX) {
                dropOldestWaiting();
            }
            waiting.addLast(report);
        }
        pump();
        return report.firstAttempt();
    }

    static Optional<OcppRequest<?>> message(FirmwareUpdate update) {
        if (update.signed()) {
            return Optional.of(new SignedFirmwareStatusNotification.Request(OcppFirmwareStatus.toOcpp(update.status()),
                    update.requestId()));
        }
        return LegacyFirmwareStatus.entering(update.status()).map(FirmwareStatusNotification.Request::new);
    }

    /** Back online (Accepted): what waits goes out, oldest first. */
    @EventListener
    void connectionChanged(ConnectionChanged change) {
        if (change.reading().state() == ConnectionState.CONNECTED
                && change.reading().registration() == Registration.ACCEPTED) {
            pump();
        }
    }

    private synchronized void pump() {
        if (sending || waiting.isEmpty()) {
            return;
        }
        if (!centralSystem.online()) {
            waiting.forEach(report -> report.firstAttempt().complete(null));
            return;
        }
        sending = true;
        Report next = waiting.peekFirst();
        centralSystem.call(next.request()).whenComplete((answer, failure) -> answered(next, failure));
    }

    private void answered(Report report, Throwable failure) {
        Throwable cause = unwrap(failure);
        synchronized (this) {
            sending = false;
            if (cause instanceof CentralSystem.NotConnectedException || cause instanceof ConnectionLostException) {
                // it may not have arrived: first in line again, sent when the station is Accepted again
                LOG.info("{} held until the station is online again ({})", describe(report), cause.toString());
                report.firstAttempt().complete(null);
                return;
            }
            waiting.remove(report);
        }
        if (cause == null) {
            report.delivered().run();
        } else {
            LOG.warn("{} was not delivered: {}", describe(report), cause.toString());
        }
        report.firstAttempt().complete(null);
        pump();
    }

    /** The oldest one not in flight makes room. Holds the lock. */
    private void dropOldestWaiting() {
        Iterator<Report> reports = waiting.iterator();
        Report dropped = reports.next();
        if (sending) {
            dropped = reports.next();
        }
        reports.remove();
        dropped.firstAttempt().complete(null);
        LOG.warn("{} dropped: too many firmware statuses wait for the connection", describe(dropped));
    }

    private static String describe(Report report) {
        return report.request() instanceof SignedFirmwareStatusNotification.Request signed
                ? "SignedFirmwareStatusNotification " + signed.status() + " (request " + signed.requestId() + ")"
                : "FirmwareStatusNotification " + ((FirmwareStatusNotification.Request) report.request()).status();
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
