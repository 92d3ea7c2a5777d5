package org.stationconfig.diagnostics.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.rpc.CallTimeoutException;
import org.stationconfig.ocpp.rpc.ConnectionLostException;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.firmware.DiagnosticsStatusNotification;
import org.stationconfig.ocpp.v16.firmware.DiagnosticsStatusNotification.DiagnosticsStatus;

/** Status notifications go out one at a time, in order; offline they wait and go out once the station is back. */
class UploadStatusNotificationsTest {

    /** A central system port whose connection and answers the test controls. */
    private static final class FakeCentralSystem implements CentralSystem {
        volatile boolean online;
        final List<OcppRequest<?>> sent = new CopyOnWriteArrayList<>();
        final List<CompletableFuture<Object>> answers = new CopyOnWriteArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <R> CompletableFuture<R> call(OcppRequest<R> request) {
            sent.add(request);
            CompletableFuture<Object> answer = new CompletableFuture<>();
            answers.add(answer);
            return (CompletableFuture<R>) answer;
        }

        @Override
        public <R> CompletableFuture<R> callTriggered(OcppRequest<R> request) {
            return call(request);
        }

        @Override
        public boolean online() {
            return online;
        }

        @Override
        public void outboxChanged() {
        }

        void answer(int index) {
            answers.get(index).complete(new DiagnosticsStatusNotification.Response());
        }
    }

    private final FakeCentralSystem centralSystem = new FakeCentralSystem();
    private final UploadStatusNotifications notifications = new UploadStatusNotifications(centralSystem);

    private static DiagnosticsStatusNotification.Request status(DiagnosticsStatus status) {
        return new DiagnosticsStatusNotification.Request(status);
    }

    private void backOnline() {
        centralSystem.online = true;
        notifications.connectionChanged(null); // the event's reading is not needed: online() says it
    }

    @Test
    void oneAtATimeInOrder() {
        centralSystem.online = true;
        notifications.send(status(DiagnosticsStatus.Uploading));
        notifications.send(status(DiagnosticsStatus.Uploaded));
        assertEquals(List.of(status(DiagnosticsStatus.Uploading)), centralSystem.sent, "the second waits for the answer");

        centralSystem.answer(0);

        assertEquals(List.of(status(DiagnosticsStatus.Uploading), status(DiagnosticsStatus.Uploaded)),
                centralSystem.sent);
    }

    @Test
    void offlineTheyWaitAndGoOutWhenTheStationIsBack() {
        notifications.send(status(DiagnosticsStatus.Uploading));
        notifications.send(status(DiagnosticsStatus.UploadFailed));
        assertEquals(List.of(), centralSystem.sent);

        backOnline();
        centralSystem.answer(0);

        assertEquals(List.of(status(DiagnosticsStatus.Uploading), status(DiagnosticsStatus.UploadFailed)),
                centralSystem.sent);
    }

    @Test
    void aConnectionLostOnTheWayIsSentAgainAfterReconnecting() {
        centralSystem.online = true;
        notifications.send(status(DiagnosticsStatus.Uploaded));
        centralSystem.online = false;
        centralSystem.answers.get(0).completeExceptionally(new ConnectionLostException("gone", null));
        assertEquals(1, centralSystem.sent.size());

        backOnline();

        assertEquals(List.of(status(DiagnosticsStatus.Uploaded), status(DiagnosticsStatus.Uploaded)),
                centralSystem.sent);
    }

    @Test
    void anUnansweredOneIsNotSentAgainButTheNextGoesOut() {
        centralSystem.online = true;
        notifications.send(status(DiagnosticsStatus.Uploading));
        notifications.send(status(DiagnosticsStatus.Uploaded));

        centralSystem.answers.get(0).completeExceptionally(new CallTimeoutException("DiagnosticsStatusNotification", "1", java.time.Duration.ofSeconds(3)));

        assertEquals(List.of(status(DiagnosticsStatus.Uploading), status(DiagnosticsStatus.Uploaded)),
                centralSystem.sent, "it may have arrived: the next one follows, the timed-out one is not repeated");
    }

    @Test
    void offlineOnlyTheLatestAreKept() {
        for (int i = 0; i < UploadStatusNotifications.KEPT + 5; i++) {
            notifications.send(status(i % 2 == 0 ? DiagnosticsStatus.Uploading : DiagnosticsStatus.UploadFailed));
        }
        backOnline();
        for (int i = 0; i < UploadStatusNotifications.KEPT; i++) {
            centralSystem.answer(i);
        }

        assertEquals(UploadStatusNotifications.KEPT, centralSystem.sent.size());
        assertEquals(status(DiagnosticsStatus.UploadFailed), centralSystem.sent.get(0), "the 5 oldest were dropped");
    }
}
