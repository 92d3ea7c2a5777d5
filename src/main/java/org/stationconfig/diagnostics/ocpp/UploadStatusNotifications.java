package org.stationconfig.diagnostics.ocpp;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.connection.ConnectionChanged;
import org.stationconfig.diagnostics.UploadReports;
import org.stationconfig.diagnostics.UploadRequest;
import org.stationconfig.diagnostics.UploadState;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.rpc.ConnectionLostException;
import org.stationconfig.ocpp.rpc.OcppRequest;

/**
 * Sends DiagnosticsStatusNotification and LogStatusNotification in order, one at a time. While the station is
 * offline they wait in memory (the last {@value #KEPT}) and go out when it is online again, so a central system
 * that lost the connection during an upload still learns how it ended. Not durable: after a restart the upload is
 * gone too. A notification the central system answered with an error, or not at all, is not sent again (it may
 * have arrived).
 */
@Singleton
public class UploadStatusNotifications implements UploadReports {

    private static final Logger LOG = LoggerFactory.getLogger(UploadStatusNotifications.class);
    static final int KEPT = 20;

    private final CentralSystem centralSystem;
    private final Deque<OcppRequest<?>> waiting = new ArrayDeque<>();
    private boolean sending;

    public UploadStatusNotifications(CentralSystem centralSystem) {
        this.centralSystem = centralSystem;
    }

    @Override
    public void report(UploadRequest request, UploadState state) {
        send(OcppUploadStatus.notification(request, state));
    }

    synchronized void send(OcppRequest<?> notification) {
        if (waiting.size() >= KEPT) {
            LOG.warn("Offline too long: dropped {}", waiting.poll());
        }
        waiting.add(notification);
        pump();
    }

    @EventListener
    void connectionChanged(ConnectionChanged change) {
        pump();
    }

    private synchronized void pump() {
        if (sending || waiting.isEmpty() || !centralSystem.online()) {
            return;
        }
        sending = true;
        OcppRequest<?> next = waiting.peek();
        centralSystem.call(next).whenComplete((answer, failure) -> answered(next, failure));
    }

    private synchronized void answered(OcppRequest<?> notification, Throwable failure) {
        sending = false;
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof CentralSystem.NotConnectedException || cause instanceof ConnectionLostException) {
            return; // stays first in line; the next ConnectionChanged to online sends it
        }
        waiting.remove(notification);
        if (cause != null) {
            LOG.info("{} not delivered, not sent again: {}", notification, cause.toString());
        }
        pump();
    }
}
