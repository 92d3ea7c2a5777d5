package org.stationconfig.firmware;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.filetransfer.HttpTestServer;
import org.stationconfig.firmware.ocpp.FirmwareStatusTrigger;

/**
 * SignedUpdateFirmware as a central system sees it (whitepaper L01): the answer, every SignedFirmwareStatusNotification
 * with the request id, the security events, the reboot with a new BootNotification, and the refusals that change
 * nothing. Downloads go over the station's real file transfer to an HTTP server on loopback.
 */
@MicronautTest(transactional = false)
class SignedFirmwareUpdateTest extends FirmwareScenario {

    @Test
    void aSignedUpdateReportsEveryStatusWithItsRequestIdAndTheStationBootsTheNewVersion() {
        commission("CP-FW-1", Map.of());
        byte[] image = serveOverHttp("releases/station-2.0.0.bin", "firmware 2.0.0 for the simulator");
        Instant now = Instant.now();
        assertEquals("Accepted", signedUpdate("CP-FW-1", 41, http.url("releases/station-2.0.0.bin"),
                now.plusSeconds(1), now.plusSeconds(2), manufacturer.signing().pem(), manufacturer.sign(image)));

        List<String> statuses = awaitSignedStatus("CP-FW-1", "Installed");
        assertEquals(List.of("DownloadScheduled", "Downloading", "Downloaded", "SignatureVerified", "InstallScheduled",
                "Installing", "InstallRebooting", "Installed"), statuses);
        assertTrue(csms.calls("CP-FW-1", "SignedFirmwareStatusNotification").stream()
                .allMatch(call -> call.payload().get("requestId").getIntValue() == 41), "the request id on every status");
        assertEquals(List.of(FIRST_VERSION, "2.0.0"), bootedVersions("CP-FW-1"), "a new BootNotification after the reboot");
        int rebooting = positionOfSigned("CP-FW-1", "InstallRebooting");
        int boot = positionOf("CP-FW-1", "BootNotification", p -> p.get("firmwareVersion").getStringValue().equals("2.0.0"));
        assertTrue(rebooting < boot && boot < positionOfSigned("CP-FW-1", "Installed"),
                "InstallRebooting, then the boot, then Installed");
        await().atMost(WITHIN).until(() -> securityEvents("CP-FW-1").contains("FirmwareUpdated"));
        assertTrue(securityEvents("CP-FW-1").contains("StartupOfTheDevice"));
        assertEquals("2.0.0", stationFirmwareVersion());
        assertEquals(List.of(new HttpTestServer.Request("GET", "/releases/station-2.0.0.bin", null)), http.requests().stream()
                .filter(r -> r.path().contains("2.0.0")).toList(), "downloaded once");
        awaitStatus(1, "Available");
        awaitStatus(2, "Available");
    }

    @Test
    void aSigningCertificateThatDoesNotChainToTheManufacturerRootOrHasExpiredIsInvalidCertificate() {
        commission("CP-FW-2", Map.of());
        byte[] image = serveOverHttp("fw-2.1.0.bin", "firmware 2.1.0");
        FirmwareSigner stranger = FirmwareSigner.ec();
        assertEquals("InvalidCertificate", signedUpdate("CP-FW-2", 51, http.url("fw-2.1.0.bin"), Instant.now(), null,
                stranger.signing().pem(), stranger.sign(image)));
        var expired = manufacturer.another().expired().build();
        assertEquals("InvalidCertificate", signedUpdate("CP-FW-2", 52, http.url("fw-2.1.0.bin"), Instant.now(), null,
                expired.pem(), FirmwareSigner.sign(expired, image)));

        await().atMost(WITHIN).until(() -> securityEvents("CP-FW-2").stream()
                .filter("InvalidFirmwareSigningCertificate"::equals).count() == 2);
        await().during(Duration.ofSeconds(1)).atMost(WITHIN).until(() -> signedStatuses("CP-FW-2").isEmpty()
                && http.requests().stream().noneMatch(r -> r.path().contains("2.1.0")));
        assertEquals(FIRST_VERSION, stationFirmwareVersion());
    }

    @Test
    void anImageWhoseSignatureDoesNotVerifyIsInvalidSignatureAndIsNotInstalled() {
        commission("CP-FW-3", Map.of());
        serveOverHttp("fw-2.2.0.bin", "firmware 2.2.0, tampered with");
        String signatureOfTheOriginal = manufacturer.sign("firmware 2.2.0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("Accepted", signedUpdate("CP-FW-3", 61, http.url("fw-2.2.0.bin"), Instant.now(), null,
                manufacturer.signing().pem(), signatureOfTheOriginal));

        assertEquals(List.of("Downloading", "Downloaded", "InvalidSignature"), awaitSignedStatus("CP-FW-3", "InvalidSignature"));
        await().atMost(WITHIN).until(() -> securityEvents("CP-FW-3").contains("InvalidFirmwareSignature"));
        assertEquals(List.of(FIRST_VERSION), bootedVersions("CP-FW-3"), "no reboot");
        assertEquals(FIRST_VERSION, stationFirmwareVersion());
        assertEquals("Available", status(1));
    }

    @Test
    void aDownloadThatKeepsFailingIsTriedAgainRetryIntervalApartThenDownloadFailed() {
        commission("CP-FW-4", Map.of());
        assertEquals("Accepted", signedUpdate("CP-FW-4", 71, http.url("missing/fw-9.9.9.bin"), Instant.now(), null,
                manufacturer.signing().pem(), manufacturer.sign(new byte[] {1})));

        assertEquals(List.of("Downloading", "DownloadFailed"), awaitSignedStatus("CP-FW-4", "DownloadFailed"));
        List<HttpTestServer.Request> tries = http.requests().stream().filter(r -> r.path().contains("fw-9.9.9")).toList();
        assertEquals(3, tries.size(), "retries 2: three downloads in all");
        assertEquals(List.of(FIRST_VERSION), bootedVersions("CP-FW-4"));
    }

    @Test
    void aRunningTransactionDelaysTheInstallationAndIdleConnectorsBecomeUnavailable() {
        commission("CP-FW-5", Map.of("authorizationMode", "ANY_TAG"));
        plug(1);
        tag(1, "DRIVER-1");
        awaitStatus(1, "Charging");
        byte[] image = serveOverHttp("fw-2.3.0.bin", "firmware 2.3.0");
        assertEquals("Accepted", signedUpdate("CP-FW-5", 81, http.url("fw-2.3.0.bin"), Instant.now(), null,
                manufacturer.signing().pem(), manufacturer.sign(image)));

        awaitSignedStatus("CP-FW-5", "SignatureVerified");
        awaitStatus(2, "Unavailable");
        await().during(Duration.ofSeconds(1)).atMost(WITHIN).until(() -> "Charging".equals(status(1))
                && !signedStatuses("CP-FW-5").contains("Installing"));
        assertEquals("Unavailable", status(2), "nobody can start charging there meanwhile");

        unplug(1); // the driver leaves: the transaction ends
        List<String> statuses = awaitSignedStatus("CP-FW-5", "Installed");
        assertEquals(List.of("Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting", "Installed"),
                statuses);
        int stopped = positionOf("CP-FW-5", "StopTransaction", p -> true);
        assertTrue(stopped >= 0 && stopped < positionOfSigned("CP-FW-5", "Installing"), "installed after the transaction");
        assertTrue(positionOf("CP-FW-5", "StatusNotification", p -> p.get("connectorId").getIntValue() == 1
                && p.get("status").getStringValue().equals("Unavailable")) > stopped, "connector 1 closed when it ended");
        awaitStatus(1, "Available");
        awaitStatus(2, "Available");
    }

    @Test
    void anInstallationTheSimulatorFailsIsInstallationFailedAndTheStationStaysInService() {
        commission("CP-FW-6", Map.of());
        assertEquals(200, api.call(HttpRequest.PUT("/api/v1/simulator/firmware",
                Map.of("installation", "FAIL_INSTALLATION")), service).status());
        byte[] image = serveOverHttp("fw-2.4.0.bin", "firmware 2.4.0");
        assertEquals("Accepted", signedUpdate("CP-FW-6", 91, http.url("fw-2.4.0.bin"), Instant.now(), null,
                manufacturer.signing().pem(), manufacturer.sign(image)));

        assertEquals(List.of("Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallationFailed"),
                awaitSignedStatus("CP-FW-6", "InstallationFailed"));
        assertEquals(List.of(FIRST_VERSION), bootedVersions("CP-FW-6"), "no reboot");
        assertEquals(FIRST_VERSION, stationFirmwareVersion());
        awaitStatus(1, "Available");
        awaitStatus(2, "Available");
    }

    @Test
    void aNewUpdateCancelsTheScheduledOneAndIsAnsweredAcceptedCanceled() {
        commission("CP-FW-7", Map.of());
        byte[] first = serveOverHttp("fw-3.0.0.bin", "firmware 3.0.0");
        byte[] second = serveOverHttp("fw-3.0.1.bin", "firmware 3.0.1");
        assertEquals("Accepted", signedUpdate("CP-FW-7", 101, http.url("fw-3.0.0.bin"), Instant.now().plusSeconds(3600),
                null, manufacturer.signing().pem(), manufacturer.sign(first)));
        awaitSignedStatus("CP-FW-7", "DownloadScheduled");

        assertEquals("AcceptedCanceled", signedUpdate("CP-FW-7", 102, http.url("fw-3.0.1.bin"), Instant.now(), null,
                manufacturer.signing().pem(), manufacturer.sign(second)));
        awaitSignedStatus("CP-FW-7", "Installed");
        List<Integer> requestIds = csms.calls("CP-FW-7", "SignedFirmwareStatusNotification").stream()
                .map(call -> call.payload().get("requestId").getIntValue()).toList();
        assertEquals(101, requestIds.get(0));
        assertTrue(requestIds.subList(1, requestIds.size()).stream().allMatch(id -> id == 102), requestIds.toString());
        assertEquals("3.0.1", stationFirmwareVersion());
        assertTrue(http.requests().stream().noneMatch(r -> r.path().contains("3.0.0")), "the cancelled one never downloads");
    }

    @Test
    void aTriggerReportsTheCurrentStepWithTheRequestIdOrIdle() {
        commission("CP-FW-8", Map.of());
        FirmwareStatusTrigger trigger = server.getApplicationContext().getBean(FirmwareStatusTrigger.class);
        byte[] image = serveOverHttp("fw-4.0.0.bin", "firmware 4.0.0");
        assertEquals("Accepted", signedUpdate("CP-FW-8", 111, http.url("fw-4.0.0.bin"), Instant.now().plusSeconds(3),
                null, manufacturer.signing().pem(), manufacturer.sign(image)));
        awaitSignedStatus("CP-FW-8", "DownloadScheduled");
        trigger.send(null, true);
        trigger.send(null, false);
        await().atMost(WITHIN).until(() -> signedStatuses("CP-FW-8").size() >= 2
                && !csms.calls("CP-FW-8", "FirmwareStatusNotification").isEmpty());
        JsonNode triggered = csms.calls("CP-FW-8", "SignedFirmwareStatusNotification").get(1).payload();
        assertEquals("DownloadScheduled", triggered.get("status").getStringValue());
        assertEquals(111, triggered.get("requestId").getIntValue());
        assertEquals("Idle", csms.calls("CP-FW-8", "FirmwareStatusNotification").get(0).payload().get("status").getStringValue(),
                "1.6 has no DownloadScheduled: not busy yet");

        awaitSignedStatus("CP-FW-8", "Installed");
        trigger.send(null, true);
        JsonNode idle = await().atMost(WITHIN).until(() -> {
            List<JsonNode> all = csms.calls("CP-FW-8", "SignedFirmwareStatusNotification").stream()
                    .map(call -> call.payload()).toList();
            return all.get(all.size() - 1);
        }, payload -> payload.get("status").getStringValue().equals("Idle"));
        assertEquals(null, idle.get("requestId"), "Idle after the update, without a request id");
    }
}
