package org.stationconfig.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.filetransfer.FtpTestServer;
import org.stationconfig.filetransfer.HttpTestServer;
import org.stationconfig.filetransfer.ServerTls;

/**
 * GetDiagnostics (S16 §5.9) as a central system runs it: the answer names the file, the file arrives in the
 * directory over HTTP, FTP or FTPS with the logs of the asked period, and DiagnosticsStatusNotification reports
 * each step; failures end in UploadFailed.
 */
@MicronautTest(transactional = false)
class GetDiagnosticsTest extends UploadScenario {

    private static final String STATUS = "DiagnosticsStatusNotification";

    @Inject
    CertificateInstallation certificates;

    private String getDiagnostics(String chargePointId, String payload) {
        JsonNode answer = callStation(chargePointId, "GetDiagnostics", payload);
        JsonNode fileName = answer.get("fileName");
        return fileName == null ? null : fileName.getStringValue();
    }

    @Test
    void overHttpTheFileArrivesInTheDirectoryWithServiceAndAuditLog() {
        HttpTestServer http = started(HttpTestServer.http().requireCredentials());
        commission("CP-DIAG-1", Map.of());
        MARKER.info("marker-http-diagnostics");

        String fileName = getDiagnostics("CP-DIAG-1", "{\"location\":\"" + http.urlWithCredentials("diag/cp1") + "\"}");

        assertTrue(fileName.matches("CP-DIAG-1-diagnostics-\\d{8}T\\d{6}Z\\.log"), fileName);
        assertOrder(List.of("Uploading", "Uploaded"), statuses("CP-DIAG-1", STATUS, 2));
        String content = awaitFile(http.root().resolve("diag/cp1").resolve(fileName));
        assertTrue(content.startsWith("# DiagnosticsLog of charge point CP-DIAG-1"), content);
        assertTrue(content.contains("diagnostics.test - marker-http-diagnostics"), "the service's own log");
        assertTrue(content.contains("SETTING app:service SETTING_CHANGED chargePointId"), "the audit log");
        assertEquals(List.of(new HttpTestServer.Request("PUT", "/diag/cp1/" + fileName, HttpTestServer.USER)),
                http.requests());
    }

    @Test
    void onlyTheEntriesBetweenStartAndStopTimeAreUploaded() {
        HttpTestServer http = started(HttpTestServer.http());
        commission("CP-DIAG-2", Map.of());
        MARKER.info("marker-before-window");
        Instant start = boundary();
        MARKER.info("marker-inside-window");
        set(Map.of("heartbeatInterval", 123));
        Instant stop = boundary();
        MARKER.info("marker-after-window");
        set(Map.of("heartbeatInterval", 456));

        String fileName = getDiagnostics("CP-DIAG-2", "{\"location\":\"" + http.url("d") + "\",\"startTime\":\""
                + start + "\",\"stopTime\":\"" + stop + "\"}");

        assertOrder(List.of("Uploading", "Uploaded"), statuses("CP-DIAG-2", STATUS, 2));
        String content = awaitFile(http.root().resolve("d").resolve(fileName));
        assertTrue(content.contains("marker-inside-window"), content);
        assertFalse(content.contains("marker-before-window"), "before startTime");
        assertFalse(content.contains("marker-after-window"), "after stopTime");
        assertTrue(content.contains("heartbeatInterval: 300 -> 123"), content);
        assertFalse(content.contains("123 -> 456"), "an audit entry after stopTime");
        assertFalse(content.contains("SETTING_CHANGED chargePointId"), "an audit entry before startTime");
    }

    @Test
    void overFtpIntoTheDirectoryOfTheUri() {
        FtpTestServer ftp = started(FtpTestServer.plain());
        ftp.folder("incoming/diagnostics");
        commission("CP-DIAG-3", Map.of());

        String fileName = getDiagnostics("CP-DIAG-3", "{\"location\":\"" + ftp.url("incoming/diagnostics") + "\"}");

        assertOrder(List.of("Uploading", "Uploaded"), statuses("CP-DIAG-3", STATUS, 2));
        assertTrue(awaitFile(ftp.root().resolve("incoming/diagnostics").resolve(fileName))
                .contains("# DiagnosticsLog of charge point CP-DIAG-3"));
    }

    @Test
    void overFtpsTrustingTheInstalledCentralSystemRoot() {
        ServerTls tls = ServerTls.issued("Diagnostics server");
        FtpTestServer ftps = started(FtpTestServer.explicitTls(tls));
        assertTrue(certificates.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, tls.ca().pemBytes(), null, null,
                Actor.app("installer", Role.INSTALLER)).accepted());
        commission("CP-DIAG-4", Map.of());

        String fileName = getDiagnostics("CP-DIAG-4", "{\"location\":\"" + ftps.url("") + "\"}");

        assertOrder(List.of("Uploading", "Uploaded"), statuses("CP-DIAG-4", STATUS, 2));
        assertTrue(awaitFile(ftps.root().resolve(fileName)).contains("# DiagnosticsLog of charge point CP-DIAG-4"));
    }

    @Test
    void afterTheRetriesTheUploadFails() {
        HttpTestServer http = started(HttpTestServer.http().answerEverything(500));
        commission("CP-DIAG-5", Map.of());

        String fileName = getDiagnostics("CP-DIAG-5", "{\"location\":\"" + http.url("d")
                + "\",\"retries\":2,\"retryInterval\":0}");

        assertOrder(List.of("Uploading", "UploadFailed"), statuses("CP-DIAG-5", STATUS, 2));
        assertEquals(3, http.requests().size(), "the first attempt and 2 retries");
        assertTrue(http.requests().stream().allMatch(r -> r.path().equals("/d/" + fileName)));
    }

    @Test
    void aSchemeTheStationCannotDoFailsAtOnce() {
        commission("CP-DIAG-6", Map.of());

        assertTrue(getDiagnostics("CP-DIAG-6", "{\"location\":\"sftp://files.example/diag\"}") != null);
        assertOrder(List.of("UploadFailed"), statuses("CP-DIAG-6", STATUS, 1));
        assertEquals(1, csms.calls("CP-DIAG-6", STATUS).size(), "no Uploading for an upload that never starts");
    }

    @Test
    void aTriggeredNotificationSaysIdleWhenNothingRuns() {
        commission("CP-DIAG-7", Map.of());

        diagnosticsTrigger().send(null, false);

        assertOrder(List.of("Idle"), statuses("CP-DIAG-7", STATUS, 1));
    }

    @Test
    void aTriggeredNotificationSaysUploadingWhileAnUploadWaitsToRetry() {
        HttpTestServer http = started(HttpTestServer.http().answerEverything(503));
        commission("CP-DIAG-8", Map.of());
        getDiagnostics("CP-DIAG-8", "{\"location\":\"" + http.url("d") + "\",\"retries\":1,\"retryInterval\":2}");
        assertOrder(List.of("Uploading"), statuses("CP-DIAG-8", STATUS, 1));

        diagnosticsTrigger().send(1, false);

        assertOrder(List.of("Uploading", "Uploading", "UploadFailed"), statuses("CP-DIAG-8", STATUS, 3));
    }

    @Inject
    List<org.stationconfig.ocpp.trigger.TriggerableMessage> triggerable;

    private org.stationconfig.ocpp.trigger.TriggerableMessage diagnosticsTrigger() {
        return triggerable.stream().filter(message -> message.requestedMessage().equals(STATUS)).findFirst()
                .orElseThrow();
    }

    private static String millis(Instant instant) {
        return String.format("%03d", instant.getNano() / 1_000_000);
    }
}
