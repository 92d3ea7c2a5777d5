package org.stationconfig.interop;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeConfigurationRequest;
import eu.chargetime.ocpp.model.core.ConfigurationStatus;
import eu.chargetime.ocpp.model.core.GetConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.GetConfigurationRequest;
import eu.chargetime.ocpp.model.core.HeartbeatRequest;
import eu.chargetime.ocpp.model.core.KeyValueType;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.Reason;
import eu.chargetime.ocpp.model.core.RemoteStartStopStatus;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionRequest;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionRequest;
import eu.chargetime.ocpp.model.core.ResetConfirmation;
import eu.chargetime.ocpp.model.core.ResetRequest;
import eu.chargetime.ocpp.model.core.ResetStatus;
import eu.chargetime.ocpp.model.core.ResetType;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StatusNotificationRequest;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import eu.chargetime.ocpp.model.firmware.DiagnosticsStatus;
import eu.chargetime.ocpp.model.firmware.DiagnosticsStatusNotificationRequest;
import eu.chargetime.ocpp.model.firmware.GetDiagnosticsConfirmation;
import eu.chargetime.ocpp.model.firmware.GetDiagnosticsRequest;
import eu.chargetime.ocpp.model.remotetrigger.TriggerMessageConfirmation;
import eu.chargetime.ocpp.model.remotetrigger.TriggerMessageRequest;
import eu.chargetime.ocpp.model.remotetrigger.TriggerMessageRequestType;
import eu.chargetime.ocpp.model.remotetrigger.TriggerMessageStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;
import org.stationconfig.filetransfer.HttpTestServer;
import org.stationconfig.station.StationScenario;

/**
 * Interop with a central system the project did not write (Java-OCA-OCPP 1.1.0, {@link OcaCentralSystem}): the
 * whole service on a real SQLite file, a real WebSocket on loopback, and each exchange parsed and validated by the
 * library's own model on the other side. A change in the station's messages that an independent implementation
 * does not accept fails here.
 */
@MicronautTest(transactional = false)
class JavaOcaOcppInteropTest extends StationScenario {

    private final OcaCentralSystem oca = OcaCentralSystem.started();

    @AfterAll
    void stopCentralSystem() {
        oca.close();
    }

    private void connect(String chargePointId, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(Map.of("centralSystemUrl", oca.url(), "chargePointId", chargePointId,
                "reconnectInterval", 1, "reconnectMaxInterval", 2, "messageTimeout", 5, "enabled", true));
        values.putAll(extra);
        set(values);
        await().atMost(WITHIN).until(() -> centralSystem.online() && oca.connected(chargePointId));
    }

    private Map<String, Object> connectionStatus() {
        Api.Reply reply = api.call(HttpRequest.GET("/api/v1/ocpp/status"), service);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void bootIsAcceptedAndHeartbeatsFollowAtTheIntervalTheLibraryGave() {
        oca.heartbeatInterval(2);
        resetAfterwards("heartbeatInterval");
        try {
            connect("OCA-BOOT", Map.of());
            BootNotificationRequest boot = oca.await("OCA-BOOT", BootNotificationRequest.class, 1, WITHIN).get(0);
            assertFalse(boot.getChargePointVendor().isBlank());
            assertFalse(boot.getChargePointModel().isBlank());
            oca.await("OCA-BOOT", HeartbeatRequest.class, 2, WITHIN);

            Map<String, Object> status = connectionStatus();
            assertEquals("CONNECTED", status.get("state"));
            assertEquals("ACCEPTED", status.get("registration"));
            assertNotNull(status.get("lastHeartbeatAt"), status.toString());
        } finally {
            oca.heartbeatInterval(300);
        }
    }

    @Test
    void getAndChangeConfigurationReadAndWriteTheStationsSettings() {
        connect("OCA-CONF", Map.of());
        resetAfterwards("meterValueSampleInterval");

        GetConfigurationRequest get = new GetConfigurationRequest();
        get.setKey(new String[] {"MeterValueSampleInterval", "NoSuchKey"});
        GetConfigurationConfirmation before = oca.call("OCA-CONF", get, GetConfigurationConfirmation.class);
        assertEquals(List.of("NoSuchKey"), Arrays.asList(before.getUnknownKey()));
        assertEquals(1, before.getConfigurationKey().length);

        ChangeConfigurationConfirmation changed = oca.call("OCA-CONF",
                new ChangeConfigurationRequest("MeterValueSampleInterval", "37"), ChangeConfigurationConfirmation.class);
        assertEquals(ConfigurationStatus.Accepted, changed.getStatus());
        ChangeConfigurationConfirmation unknown = oca.call("OCA-CONF",
                new ChangeConfigurationRequest("NoSuchKey", "1"), ChangeConfigurationConfirmation.class);
        assertEquals(ConfigurationStatus.NotSupported, unknown.getStatus());

        GetConfigurationConfirmation all = oca.call("OCA-CONF", new GetConfigurationRequest(),
                GetConfigurationConfirmation.class);
        KeyValueType interval = Arrays.stream(all.getConfigurationKey())
                .filter(key -> key.getKey().equals("MeterValueSampleInterval")).findFirst().orElseThrow();
        assertEquals("37", interval.getValue());
        assertFalse(interval.getReadonly());
        Map<String, Object> setting = appSetting("meterValueSampleInterval");
        assertEquals(37, setting.get("value"));
        assertEquals("csms", String.valueOf(setting.get("source")).toLowerCase());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> appSetting(String key) {
        Api.Reply reply = api.call(HttpRequest.GET("/api/v1/settings"), service);
        return ((List<Map<String, Object>>) reply.json().get("settings")).stream()
                .filter(setting -> key.equals(setting.get("key"))).findFirst().orElseThrow();
    }

    @Test
    void aTransactionWithMeterValuesReachesTheLibraryStartToStop() {
        connect("OCA-TX", Map.of("meterValueSampleInterval", 1,
                "meterValuesSampledData", List.of("Energy.Active.Import.Register")));

        plug(1);
        tag(1, "OCA-TAG-1");
        StartTransactionRequest start = oca.await("OCA-TX", StartTransactionRequest.class, 1, WITHIN).get(0);
        assertEquals(1, start.getConnectorId());
        assertEquals("OCA-TAG-1", start.getIdTag());
        int transactionId = awaitTransactionId(1);
        List<MeterValuesRequest> samples = await().atMost(WITHIN).until(() -> oca.received("OCA-TX",
                MeterValuesRequest.class).stream().filter(m -> Integer.valueOf(transactionId).equals(m.getTransactionId()))
                .toList(), list -> list.size() >= 2);
        MeterValuesRequest sample = samples.get(samples.size() - 1);
        assertEquals(1, sample.getConnectorId());
        assertEquals("Energy.Active.Import.Register",
                Optional.ofNullable(sample.getMeterValue()[0].getSampledValue()[0].getMeasurand())
                        .orElse("Energy.Active.Import.Register"));
        unplug(1);

        StopTransactionRequest stop = oca.await("OCA-TX", StopTransactionRequest.class, 1, WITHIN).get(0);
        assertEquals(transactionId, stop.getTransactionId());
        assertTrue(stop.getMeterStop() >= start.getMeterStart(), stop.getMeterStop() + " < " + start.getMeterStart());
        assertTrue(stop.getTimestamp().isAfter(start.getTimestamp()));
    }

    private int awaitTransactionId(int connector) {
        return await().atMost(WITHIN).until(() -> {
            Map<String, Object> transaction = transaction(connector);
            return transaction == null ? null : (Number) transaction.get("id");
        }, id -> id != null).intValue();
    }

    @Test
    void remoteStartThenRemoteStopRunATransaction() {
        connect("OCA-REMOTE", Map.of());
        plug(1);

        RemoteStartTransactionRequest remoteStart = new RemoteStartTransactionRequest("OCA-TAG-2");
        remoteStart.setConnectorId(1);
        assertEquals(RemoteStartStopStatus.Accepted,
                oca.call("OCA-REMOTE", remoteStart, RemoteStartTransactionConfirmation.class).getStatus());
        StartTransactionRequest start = oca.await("OCA-REMOTE", StartTransactionRequest.class, 1, WITHIN).get(0);
        assertEquals("OCA-TAG-2", start.getIdTag());
        int transactionId = awaitTransactionId(1);

        assertEquals(RemoteStartStopStatus.Accepted, oca.call("OCA-REMOTE",
                new RemoteStopTransactionRequest(transactionId), RemoteStopTransactionConfirmation.class).getStatus());
        StopTransactionRequest stop = oca.await("OCA-REMOTE", StopTransactionRequest.class, 1, WITHIN).get(0);
        assertEquals(transactionId, stop.getTransactionId());
        assertEquals(Reason.Remote, stop.getReason());
        assertEquals(RemoteStartStopStatus.Rejected, oca.call("OCA-REMOTE",
                new RemoteStopTransactionRequest(transactionId), RemoteStopTransactionConfirmation.class).getStatus(),
                "a transaction that has ended");
    }

    @Test
    void triggerMessageSendsWhatWasAsked() {
        connect("OCA-TRIGGER", Map.of());
        // after the boot the station reports connector 0 and each of its two connectors: count after all three
        oca.await("OCA-TRIGGER", StatusNotificationRequest.class, 3, WITHIN);
        int statusesBefore = oca.received("OCA-TRIGGER", StatusNotificationRequest.class).size();
        int heartbeatsBefore = oca.received("OCA-TRIGGER", HeartbeatRequest.class).size();

        TriggerMessageRequest status = new TriggerMessageRequest(TriggerMessageRequestType.StatusNotification);
        status.setConnectorId(1);
        assertEquals(TriggerMessageStatus.Accepted,
                oca.call("OCA-TRIGGER", status, TriggerMessageConfirmation.class).getStatus());
        StatusNotificationRequest triggered = oca.await("OCA-TRIGGER", StatusNotificationRequest.class,
                statusesBefore + 1, WITHIN).get(statusesBefore);
        assertEquals(1, triggered.getConnectorId());

        assertEquals(TriggerMessageStatus.Accepted, oca.call("OCA-TRIGGER",
                new TriggerMessageRequest(TriggerMessageRequestType.Heartbeat), TriggerMessageConfirmation.class)
                .getStatus());
        oca.await("OCA-TRIGGER", HeartbeatRequest.class, heartbeatsBefore + 1, WITHIN);
    }

    @Test
    void getDiagnosticsUploadsTheFileOverHttpAndReportsUploaded() throws Exception {
        try (HttpTestServer http = HttpTestServer.http()) {
            connect("OCA-DIAG", Map.of());

            GetDiagnosticsConfirmation answer = oca.call("OCA-DIAG", new GetDiagnosticsRequest(http.url("oca/diag")),
                    GetDiagnosticsConfirmation.class);

            String fileName = answer.getFileName();
            assertNotNull(fileName);
            List<DiagnosticsStatus> statuses = await().atMost(WITHIN).until(() -> oca.received("OCA-DIAG",
                    DiagnosticsStatusNotificationRequest.class).stream().map(DiagnosticsStatusNotificationRequest::getStatus)
                    .toList(), list -> list.contains(DiagnosticsStatus.Uploaded) || list.contains(DiagnosticsStatus.UploadFailed));
            assertEquals(List.of(DiagnosticsStatus.Uploading, DiagnosticsStatus.Uploaded), statuses);
            Path file = http.root().resolve("oca/diag").resolve(fileName);
            assertTrue(Files.readString(file).startsWith("# DiagnosticsLog of charge point OCA-DIAG"));
            assertEquals(List.of(new HttpTestServer.Request("PUT", "/oca/diag/" + fileName, null)), http.requests());
        }
    }

    @Test
    void aSoftResetEndsWithANewBootNotification() {
        connect("OCA-RESET", Map.of());
        oca.await("OCA-RESET", BootNotificationRequest.class, 1, WITHIN);

        assertEquals(ResetStatus.Accepted,
                oca.call("OCA-RESET", new ResetRequest(ResetType.Soft), ResetConfirmation.class).getStatus());

        oca.await("OCA-RESET", BootNotificationRequest.class, 2, WITHIN);
        await().atMost(WITHIN).until(() -> centralSystem.online() && oca.connected("OCA-RESET"));
        assertEquals("ACCEPTED", connectionStatus().get("registration"));
    }
}
