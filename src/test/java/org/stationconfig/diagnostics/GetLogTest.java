package org.stationconfig.diagnostics;

import static org.awaitility.Awaitility.await;
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
import org.stationconfig.CapturedLog;
import org.stationconfig.filetransfer.FtpTestServer;
import org.stationconfig.filetransfer.HttpTestServer;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.ocpp.trigger.TriggerableMessage;

/**
 * GetLog (whitepaper N01) as a central system runs it: SecurityLog uploads the security events, DiagnosticsLog the
 * service and audit logs; every LogStatusNotification carries the requestId; a new request cancels the running
 * one (AcceptedCanceled); unusable locations and refused credentials get their own status.
 */
@MicronautTest(transactional = false)
class GetLogTest extends UploadScenario {

    @Inject
    SecurityEvents securityEvents;
    @Inject
    Uploads uploads;
    @Inject
    List<TriggerableMessage> triggerable;

    /** The answer as "status filename". */
    private String getLog(String chargePointId, String logType, int requestId, String location, String extra) {
        JsonNode answer = callStation(chargePointId, "GetLog", "{\"logType\":\"" + logType + "\",\"requestId\":"
                + requestId + ",\"log\":{\"remoteLocation\":\"" + location + "\"" + extra + "}}");
        JsonNode filename = answer.get("filename");
        return answer.get("status").getStringValue() + " " + (filename == null ? "-" : filename.getStringValue());
    }

    private static String fileName(String answer) {
        return answer.substring(answer.indexOf(' ') + 1);
    }

    @Test
    void aSecurityLogHoldsTheSecurityEventsAndEveryNotificationItsRequestId() {
        HttpTestServer http = started(HttpTestServer.http());
        commission("CP-LOG-1", Map.of());
        securityEvents.raise(SecurityEvent.InvalidMessages, "three malformed frames", Instant.now());
        MARKER.info("marker-not-in-the-security-log");

        String answer = getLog("CP-LOG-1", "SecurityLog", 7, http.url("logs"), "");

        assertTrue(answer.matches("Accepted CP-LOG-1-SecurityLog-7-\\d{8}T\\d{6}Z\\.log"), answer);
        assertOrder(List.of("Uploading 7", "Uploaded 7"), logStatuses("CP-LOG-1", 2));
        String content = awaitFile(http.root().resolve("logs").resolve(fileName(answer)));
        assertTrue(content.startsWith("# SecurityLog of charge point CP-LOG-1"), content);
        assertTrue(content.contains("SECURITY system:system InvalidMessages - three malformed frames"), content);
        assertTrue(content.contains("SECURITY system:system StartupOfTheDevice"), content);
        assertFalse(content.contains("marker-not-in-the-security-log"), "no service log in the security log");
        assertFalse(content.contains("SETTING_CHANGED"), "no setting changes in the security log");
    }

    @Test
    void theSecurityLogKeepsToOldestAndLatestTimestamp() {
        HttpTestServer http = started(HttpTestServer.http());
        commission("CP-LOG-2", Map.of());
        securityEvents.raise(SecurityEvent.InvalidMessages, "event-before", Instant.now());
        Instant oldest = boundary();
        securityEvents.raise(SecurityEvent.InvalidMessages, "event-inside", Instant.now());
        Instant latest = boundary();
        securityEvents.raise(SecurityEvent.InvalidMessages, "event-after", Instant.now());

        String answer = getLog("CP-LOG-2", "SecurityLog", 9, http.url("logs"),
                ",\"oldestTimestamp\":\"" + oldest + "\",\"latestTimestamp\":\"" + latest + "\"");

        assertOrder(List.of("Uploading 9", "Uploaded 9"), logStatuses("CP-LOG-2", 2));
        String content = awaitFile(http.root().resolve("logs").resolve(fileName(answer)));
        assertTrue(content.contains("event-inside"), content);
        assertFalse(content.contains("event-before"), content);
        assertFalse(content.contains("event-after"), content);
    }

    @Test
    void aDiagnosticsLogOverFtpHoldsTheServiceLog() {
        FtpTestServer ftp = started(FtpTestServer.plain());
        commission("CP-LOG-3", Map.of());
        MARKER.info("marker-diagnostics-log");

        String answer = getLog("CP-LOG-3", "DiagnosticsLog", 8, ftp.url(""), "");

        assertTrue(answer.startsWith("Accepted CP-LOG-3-DiagnosticsLog-8-"), answer);
        assertOrder(List.of("Uploading 8", "Uploaded 8"), logStatuses("CP-LOG-3", 2));
        String content = awaitFile(ftp.root().resolve(fileName(answer)));
        assertTrue(content.contains("marker-diagnostics-log"), content);
        assertTrue(content.contains("## Audit log"), content);
    }

    @Test
    void aNewGetLogCancelsTheRunningOne() {
        HttpTestServer failing = started(HttpTestServer.http().answerEverything(500));
        HttpTestServer working = started(HttpTestServer.http());
        commission("CP-LOG-4", Map.of());
        assertTrue(getLog("CP-LOG-4", "SecurityLog", 21, failing.url("x"),
                ",\"retries\":3,\"retryInterval\":60").startsWith("Accepted "));
        await().atMost(WITHIN).until(() -> failing.requests().size() == 1); // now waiting 60 s to retry

        String answer = callStation("CP-LOG-4", "GetLog", "{\"logType\":\"DiagnosticsLog\",\"requestId\":22,"
                + "\"log\":{\"remoteLocation\":\"" + working.url("y") + "\"}}").get("status").getStringValue();

        assertEquals("AcceptedCanceled", answer, "N01.FR.11");
        assertOrder(List.of("Uploading 21", "Uploading 22", "Uploaded 22"), logStatuses("CP-LOG-4", 3));
        assertEquals(1, failing.requests().size(), "the cancelled upload tried no more");
        assertTrue(uploads.running(UploadChannel.LOG).isEmpty());
        assertEquals(3, csms.calls("CP-LOG-4", "LogStatusNotification").size(), "nothing more about request 21");
    }

    @Test
    void aSchemeTheStationCannotDoIsNotSupportedOperation() {
        commission("CP-LOG-5", Map.of());

        assertTrue(getLog("CP-LOG-5", "SecurityLog", 31, "sftp://files.example/logs", "").startsWith("Accepted "));

        assertOrder(List.of("NotSupportedOperation 31"), logStatuses("CP-LOG-5", 1));
    }

    @Test
    void anUnreadableLocationIsBadMessage() {
        commission("CP-LOG-6", Map.of());

        getLog("CP-LOG-6", "SecurityLog", 32, "http://bad host/logs", "");

        assertOrder(List.of("BadMessage 32"), logStatuses("CP-LOG-6", 1));
    }

    @Test
    void refusedCredentialsArePermissionDeniedAndNoPasswordIsEverLogged() {
        FtpTestServer ftp = started(FtpTestServer.plain());
        HttpTestServer http = started(HttpTestServer.http().requireCredentials());
        commission("CP-LOG-7", Map.of());
        String wrong = "Wrong-Secret-123";
        CapturedLog log = new CapturedLog();
        log.start();
        try {
            getLog("CP-LOG-7", "SecurityLog", 40, ftp.url(""), ",\"retries\":0");
            assertOrder(List.of("Uploading 40", "Uploaded 40"), logStatuses("CP-LOG-7", 2));
            getLog("CP-LOG-7", "SecurityLog", 41, ftp.url(FtpTestServer.USER, wrong, ""), ",\"retries\":3");
            assertEquals(List.of("Uploading 41", "PermissionDenied 41"), logStatuses("CP-LOG-7", 4).subList(2, 4));
            getLog("CP-LOG-7", "SecurityLog", 42, "http://" + HttpTestServer.USER + ":" + wrong + "@"
                    + http.url("logs").substring("http://".length()), ",\"retries\":3");
            assertEquals(List.of("Uploading 42", "PermissionDenied 42"), logStatuses("CP-LOG-7", 6).subList(4, 6));
        } finally {
            log.stop();
        }
        assertEquals(1, http.requests().size(), "no retry with credentials that were refused");
        for (String line : log.lines()) {
            assertFalse(line.contains(wrong), line);
            assertFalse(line.contains(FtpTestServer.PASSWORD), line);
        }
    }

    @Test
    void aTriggeredLogStatusIsIdleWithoutRequestIdOrTheRunningUploadsStatus() {
        HttpTestServer failing = started(HttpTestServer.http().answerEverything(500));
        commission("CP-LOG-8", Map.of());
        TriggerableMessage trigger = triggerable.stream()
                .filter(message -> message.requestedMessage().equals("LogStatusNotification")).findFirst().orElseThrow();

        trigger.send(null, true);
        assertOrder(List.of("Idle -"), logStatuses("CP-LOG-8", 1));
        getLog("CP-LOG-8", "SecurityLog", 50, failing.url("x"), ",\"retries\":1,\"retryInterval\":2");
        assertOrder(List.of("Idle -", "Uploading 50"), logStatuses("CP-LOG-8", 2));
        trigger.send(null, true);

        assertOrder(List.of("Idle -", "Uploading 50", "Uploading 50", "UploadFailure 50"), logStatuses("CP-LOG-8", 4));
    }
}
