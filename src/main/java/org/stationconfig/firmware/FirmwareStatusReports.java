package org.stationconfig.firmware;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.session.ConnectionChanged;
import org.stationconfig.ocpp.status.ConnectionState;
import org.stationconfig.ocpp.status.Registration;
import org.stationconfig.ocpp.v16.firmware.FirmwareStatusNotification;
import org.stationconfig.ocpp.v16.security.SignedFirmwareStatusNotification;

/**
 * Sends the statuses of updates to the central system, one at a time and in order: a signed update's as
 * SignedFirmwareStatusNotification with its requestId (L01.FR.10), a plain one's as the 1.6 FirmwareStatusNotification
 * (no request id; steps 1.6 has no status for are left out). A status that cannot go out because the station is not
 * online — Installed after the reboot is the usual case — is held and sent as soon as the station is Accepted again.
 */
@Singleton
class FirmwareStatusReports implements FirmwareStatusSink {

    private static final Logger LOG = LoggerFactory.getLogger(FirmwareStatusReports.class);
    /** Statuses held while offline; the oldest go first if an outage outlasts a whole update. */
    static final int HELD_MAX = 20;

    private record Report(OcppRequest<?> request, Runnable delivered) {
    }

    private final CentralSystem centralSystem;
    private final Deque<Report> held = new ArrayDeque<>();
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

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
        Report report = new Report(request.get(), delivered);
        synchronized (this) {
            if (!held.isEmpty()) { // behind the older ones, which go first when the station is back
                hold(report);
                return CompletableFuture.completedFuture(null);
            }
            return enqueue(report);
        }
    }

    static Optional<OcppRequest<?>> message(FirmwareUpdate update) {
        if (update.signed()) {
            return Optional.of(new SignedFirmwareStatusNotification.Request(update.status(), update.requestId()));
        }
        return LegacyFirmwareStatus.entering(update.status()).map(FirmwareStatusNotification.Request::new);
    }

    private synchronized CompletableFuture<Void> enqueue(Report report) {
        CompletableFuture<Void> sent = tail.thenCompose(previous -> send(report));
        tail = sent;
        return sent;
    }

    private CompletableFuture<Void> send(Report report) {
        return centralSystem.call(report.request()).handle((answer, failure) -> {
            if (failure == null) {
                report.delivered().run();
            } else if (unwrap(failure) instanceof CentralSystem.NotConnectedException) {
                hold(report);
            } else {
                LOG.warn("{} was not delivered: {}", describe(report), unwrap(failure).toString());
            }
            return null;
        });
    }

    private synchronized void hold(Report report) {
        if (held.size() == HELD_MAX) {
            LOG.warn("{} dropped: too many firmware statuses wait for the connection", describe(held.removeFirst()));
        }
        held.addLast(report);
        LOG.info("{} held until the station is online", describe(report));
        if (centralSystem.online()) {
            flush(); // it came back while this one failed
        }
    }

    /** Back online (Accepted): what was held goes out, oldest first. */
    @EventListener
    void connectionChanged(ConnectionChanged change) {
        if (change.reading().state() == ConnectionState.CONNECTED
                && change.reading().registration() == Registration.ACCEPTED) {
            flush();
        }
    }

    private synchronized void flush() {
        List<Report> due = new ArrayList<>(held);
        held.clear();
        due.forEach(this::enqueue);
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
