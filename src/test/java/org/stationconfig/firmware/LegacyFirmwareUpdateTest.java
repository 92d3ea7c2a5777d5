package org.stationconfig.firmware;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.stationconfig.filetransfer.FileTransfer;
import org.stationconfig.ocpp.csms.CentralSystemScript.Received;
import org.stationconfig.ocpp.rpc.Timestamps;

/**
 * The plain 1.6 UpdateFirmware (S16 §5.19): refused as the whitepaper requires unless firmwareUpdateMode is LEGACY,
 * then run with the 1.6 FirmwareStatusNotification (here over FTP, with the station's real file transfer against an
 * embedded FTP server). Also SupportedFileTransferProtocols and the simulator's firmware endpoint.
 */
@MicronautTest(transactional = false)
class LegacyFirmwareUpdateTest extends FirmwareScenario {

    @Inject
    FileTransfer transfer;

    @Test
    void updateFirmwareIsACallErrorNotSupportedByDefaultAndStartsNothing() {
        commission("CP-LFW-1", Map.of());
        Instant before = Instant.now();
        serveOverHttp("fw-5.0.0.bin", "firmware 5.0.0");
        JsonNode answer = callStation("CP-LFW-1", "UpdateFirmware", "{\"location\":\"" + http.url("fw-5.0.0.bin")
                + "\",\"retrieveDate\":\"" + Timestamps.format(Instant.now()) + "\"}");
        assertEquals(4, answer.get(0).getIntValue(), "a CALLERROR: " + answer);
        assertEquals("NotSupported", answer.get(2).getStringValue(), "whitepaper L01.FR.20");

        await().during(Duration.ofSeconds(1)).atMost(WITHIN).until(() -> http.requests().stream()
                .noneMatch(r -> r.path().contains("5.0.0"))
                && csms.calls("CP-LFW-1", "FirmwareStatusNotification").isEmpty());
        assertTrue(updates.latest().map(update -> update.receivedAt().isBefore(before)).orElse(true),
                "no update was recorded");
    }

    @Test
    void inLegacyModeUpdateFirmwareDownloadsOverFtpAndReportsThe16StatusesWithoutARequestId() {
        set(Map.of("firmwareUpdateMode", "LEGACY"));
        commission("CP-LFW-2", Map.of());
        serveOverFtp("releases/station-1.6.3.bin", "firmware 1.6.3 over FTP");
        JsonNode answer = callStation("CP-LFW-2", "UpdateFirmware", "{\"location\":\"" + ftp.url("releases/station-1.6.3.bin")
                + "\",\"retrieveDate\":\"" + Timestamps.format(Instant.now()) + "\",\"retries\":1,\"retryInterval\":1}");
        assertTrue(answer.isObject() && answer.size() == 0, "UpdateFirmware.conf is empty: " + answer);

        List<Received> notifications = await().atMost(WITHIN).until(() -> csms.calls("CP-LFW-2", "FirmwareStatusNotification"),
                calls -> calls.size() >= 4);
        assertEquals(List.of("Downloading", "Downloaded", "Installing", "Installed"),
                notifications.stream().map(call -> call.payload().get("status").getStringValue()).toList());
        notifications.forEach(call -> assertNull(call.payload().get("requestId"), "1.6 has no request id"));
        assertEquals(0, csms.calls("CP-LFW-2", "SignedFirmwareStatusNotification").size());
        assertEquals(List.of(FIRST_VERSION, "1.6.3"), bootedVersions("CP-LFW-2"));
        int boot = positionOf("CP-LFW-2", "BootNotification", p -> p.get("firmwareVersion").getStringValue().equals("1.6.3"));
        assertTrue(boot < positionOf("CP-LFW-2", "FirmwareStatusNotification",
                p -> p.get("status").getStringValue().equals("Installed")), "Installed after the new boot");
        await().atMost(WITHIN).until(() -> securityEvents("CP-LFW-2").contains("FirmwareUpdated"));
        assertEquals("1.6.3", stationFirmwareVersion());
    }

    @Test
    void inLegacyModeAFailedFtpDownloadIsDownloadFailed() {
        set(Map.of("firmwareUpdateMode", "LEGACY"));
        commission("CP-LFW-3", Map.of());
        callStation("CP-LFW-3", "UpdateFirmware", "{\"location\":\"" + ftp.url("station", "wrong-password", "fw-1.7.bin")
                + "\",\"retrieveDate\":\"" + Timestamps.format(Instant.now()) + "\",\"retries\":1,\"retryInterval\":1}");

        List<Received> notifications = await().atMost(WITHIN).until(() -> csms.calls("CP-LFW-3", "FirmwareStatusNotification"),
                calls -> calls.stream().anyMatch(call -> call.payload().get("status").getStringValue().equals("DownloadFailed")));
        assertEquals(List.of("Downloading", "DownloadFailed"),
                notifications.stream().map(call -> call.payload().get("status").getStringValue()).toList());
        assertEquals(2, updates.latest().orElseThrow().attempts(), "retries 1: two downloads");
    }

    @Test
    void anUnsupportedSchemeOrANegativeRetryCountChangesNothing() {
        commission("CP-LFW-4", Map.of());
        String certificate = jsonString(manufacturer.signing().pem());
        JsonNode signed = callStation("CP-LFW-4", "SignedUpdateFirmware", "{\"requestId\":5,\"firmware\":{\"location\":"
                + "\"sftp://host/fw.bin\",\"retrieveDateTime\":\"" + Timestamps.format(Instant.now())
                + "\",\"signingCertificate\":" + certificate + ",\"signature\":\"AAAA\"}}");
        assertEquals("Rejected", signed.get("status").getStringValue());

        set(Map.of("firmwareUpdateMode", "LEGACY"));
        JsonNode legacy = callStation("CP-LFW-4", "UpdateFirmware", "{\"location\":\"" + http.url("fw-6.bin")
                + "\",\"retrieveDate\":\"" + Timestamps.format(Instant.now()) + "\",\"retries\":-1}");
        assertEquals("PropertyConstraintViolation", legacy.get(2).getStringValue(), legacy.toString());
        await().during(Duration.ofMillis(500)).atMost(WITHIN).until(() -> csms.calls("CP-LFW-4", "FirmwareStatusNotification")
                .isEmpty() && csms.calls("CP-LFW-4", "SignedFirmwareStatusNotification").isEmpty());
    }

    @Test
    void supportedFileTransferProtocolsListsExactlyWhatTheFileTransferCanDo() {
        commission("CP-LFW-5", Map.of());
        JsonNode answer = callStation("CP-LFW-5", "GetConfiguration", "{\"key\":[\"SupportedFileTransferProtocols\"]}");
        JsonNode key = answer.get("configurationKey").get(0);
        assertEquals(true, key.get("readonly").getBooleanValue());
        assertEquals(new TreeSet<>(transfer.protocols()), new TreeSet<>(List.of(key.get("value").getStringValue().split(","))));
        assertEquals(List.of("FTP", "FTPS", "HTTP", "HTTPS"), List.copyOf(new TreeSet<>(transfer.protocols())));
        JsonNode change = callStation("CP-LFW-5", "ChangeConfiguration",
                "{\"key\":\"SupportedFileTransferProtocols\",\"value\":\"HTTP\"}");
        assertEquals("Rejected", change.get("status").getStringValue(), "read-only");
    }

    @Test
    void onlyTheServiceTechnicianDrivesTheSimulatedInstaller() {
        String owner = api.token("owner", "owner-password-1");
        api.call(HttpRequest.PUT("/api/v1/simulator/firmware", Map.of("installation", "FAIL_INSTALLATION")), owner)
                .assertProblem(403);
        api.call(HttpRequest.PUT("/api/v1/simulator/firmware", Map.of("installation", "EXPLODE")), service)
                .assertProblem(422);
        assertEquals("INSTALL", api.call(HttpRequest.GET("/api/v1/simulator/firmware"), service).json().get("installation"));
        assertEquals("FAIL_VERIFICATION", api.call(HttpRequest.PUT("/api/v1/simulator/firmware",
                Map.of("installation", "FAIL_VERIFICATION")), service).json().get("installation"));
        assertEquals(SimulatedFirmwareInstaller.Behaviour.FAIL_VERIFICATION, installer.behaviour());
    }
}
