package org.stationconfig.diagnostics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.CapturedLog;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.auth.Api;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.TestFiles;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.filetransfer.HttpTestServer;

/**
 * Issue 11 hole 8: a ChangeConfiguration of AuthorizationKey was logged in frame excerpts and firmware locations kept
 * their signed-URL tokens in log lines. This sets every kind of secret the station handles (account passwords, the
 * access key by REST and by OCPP, key and PKCS#12 passwords, credentials and tokens in firmware and diagnostics
 * locations) and scans everything that leaves it for each: the service log (DEBUG, frames included), the audit log,
 * the diagnostics upload and the API's answers to every role.
 */
@MicronautTest(transactional = false)
class SecretsScanTest extends UploadScenario {

    private static final String ID = "CP-SECRETS";
    private static final String INSTALLER_PASSWORD = "Installer-Secret-Pass-1";
    private static final String WRONG_PASSWORD = "Wrong-Secret-Pass-2";
    private static final String KEY_BY_REST = "5EC0E75EC0E75EC0E75EC0E75EC0E75E";
    private static final String KEY_BY_OCPP = "0CAB0CAB0CAB0CAB0CAB0CAB0CAB0CAB";
    private static final String KEY_IN_BAD_FRAME = "BADF00DBADF00DBADF00DBADF00DBADF";
    private static final String P12_PASSWORD = "P12-Secret-Pass-6";
    private static final String KEY_PASSWORD = "Key-Secret-Pass-7";
    private static final String WRONG_P12_PASSWORD = "Wrong-P12-Secret-8";
    private static final String LOG_URL_PASSWORD = "Log-Secret-Pass-9";
    private static final String LOG_URL_TOKEN = "Log-Token-Secret-10";
    private static final String FIRMWARE_URL_PASSWORD = "Fw-Secret-Pass-11";
    private static final String FIRMWARE_URL_TOKEN = "Fw-Token-Secret-12";
    private static final String DIAGNOSTICS_URL_PASSWORD = "Diag-Secret-Pass-13";
    private static final String DIAGNOSTICS_URL_TOKEN = "Diag-Token-Secret-14";

    @Inject
    AuditLog audit;

    private final CapturedLog log = new CapturedLog();

    @AfterEach
    void stopCapture() {
        log.stop();
    }

    @Test
    void noSecretLeavesTheStationByLogAuditUploadOrApi() {
        log.start();
        HttpTestServer http = started(HttpTestServer.http());
        commission(ID, Map.of());
        resetAfterwards("accessKey", "firmwareUpdateMode", "cpoName");
        List<Api.Reply> replies = new ArrayList<>();

        // account passwords
        replies.add(api.call(HttpRequest.PUT("/api/v1/users/installer/password",
                Map.of("newPassword", INSTALLER_PASSWORD)), service));
        replies.add(api.login("installer", WRONG_PASSWORD));
        String installer = api.token("installer", INSTALLER_PASSWORD);
        // the access key by REST and by OCPP: a ChangeConfiguration with a one-character message id, and a broken frame
        int connections = csms.connections.get();
        replies.add(api.call(HttpRequest.PATCH("/api/v1/settings", Map.of("values", Map.of("accessKey", KEY_BY_REST,
                "firmwareUpdateMode", "LEGACY", "cpoName", "Example CPO"))), service));
        awaitReconnectAfter(connections); // a new key is a new connection
        int sent = csms.frames.size();
        int before = csms.connections.get();
        csms.send(ID, "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"" + KEY_BY_OCPP + "\"}]");
        await().atMost(WITHIN).until(() -> csms.frames.stream().skip(sent).anyMatch(f -> f.startsWith("[3,\"1\"")));
        awaitReconnectAfter(before);
        csms.send(ID, "[2,\"2\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"" + KEY_IN_BAD_FRAME
                + "\"}");
        // key and PKCS#12 passwords
        Issued ca = TestPki.ca("Scan CA").organisation("Example CPO").build();
        Issued inP12 = TestPki.leaf("SIM0000001").organisation("Example CPO").issuedBy(ca).build();
        Issued encrypted = TestPki.leaf("SIM0000001").organisation("Example CPO").issuedBy(ca).build();
        replies.add(upload(installer, TestFiles.pkcs12(inP12, P12_PASSWORD.toCharArray(), ca), null, P12_PASSWORD));
        replies.add(upload(installer, TestFiles.pkcs12(inP12, P12_PASSWORD.toCharArray(), ca), null, WRONG_P12_PASSWORD));
        replies.add(upload(installer, encrypted.pemBytes(), TestFiles.ascii(TestFiles.encryptedPkcs8(
                encrypted.keyPair().getPrivate(), KEY_PASSWORD.toCharArray())), KEY_PASSWORD));
        // credentials and signed-URL tokens in locations: a security log upload, a firmware and a diagnostics location
        String logLocation = "http://loguser:" + LOG_URL_PASSWORD + "@" + http.url("logs").substring("http://".length())
                + "?X-Amz-Signature=" + LOG_URL_TOKEN;
        callStation(ID, "GetLog", "{\"logType\":\"SecurityLog\",\"requestId\":3,\"log\":{\"remoteLocation\":\""
                + logLocation + "\"}}");
        callStation(ID, "UpdateFirmware", "{\"location\":\"https://fwuser:" + FIRMWARE_URL_PASSWORD
                + "@127.0.0.1:1/fw/station-9.9.9.bin?sig=" + FIRMWARE_URL_TOKEN + "\",\"retrieveDate\":\""
                + Instant.now() + "\",\"retries\":0}");
        callStation(ID, "GetDiagnostics", "{\"location\":\"ftp://diag:" + DIAGNOSTICS_URL_PASSWORD
                + "@127.0.0.1:1/dir?t=" + DIAGNOSTICS_URL_TOKEN + "\",\"retries\":0}");
        await().atMost(WITHIN).until(() -> csms.calls(ID, "DiagnosticsStatusNotification").stream()
                .anyMatch(c -> c.payload().get("status").getStringValue().equals("UploadFailed")));
        await().atMost(WITHIN).until(() -> csms.calls(ID, "FirmwareStatusNotification").stream()
                .anyMatch(c -> c.payload().get("status").getStringValue().equals("DownloadFailed")));

        // what leaves the station: a diagnostics upload (service log and audit log), the API, the logs themselves
        String answer = callStation(ID, "GetDiagnostics", "{\"location\":\"" + http.url("diagnostics") + "\"}")
                .get("fileName").getStringValue();
        String upload = awaitFile(http.root().resolve("diagnostics").resolve(answer));
        for (String token : List.of(service, installer)) {
            for (String path : List.of("/api/v1/settings", "/api/v1/audit?size=500", "/api/v1/ocpp/status",
                    "/api/v1/station", "/api/v1/certificates", "/api/v1/outbox", "/api/v1/permissions")) {
                Api.Reply reply = api.call(HttpRequest.GET(path), token);
                assertEquals(200, reply.status(), path + " " + reply.body());
                replies.add(reply);
            }
        }
        List<String> lines = log.lines();
        List<AuditEntry> entries = audit.page(null, 0, 2000).getContent();

        assertTrue(upload.contains("## Audit log") && upload.contains("Received"), "the upload has both logs, DEBUG too");
        assertTrue(lines.stream().anyMatch(l -> l.contains("AuthorizationKey")), "the frame itself is logged");
        assertTrue(lines.stream().anyMatch(l -> l.contains("127.0.0.1:1/fw/station-9.9.9.bin")), "the location is logged");
        for (String secret : List.of(INSTALLER_PASSWORD, WRONG_PASSWORD, KEY_BY_REST, KEY_BY_OCPP, KEY_IN_BAD_FRAME,
                P12_PASSWORD, KEY_PASSWORD, WRONG_P12_PASSWORD, LOG_URL_PASSWORD, LOG_URL_TOKEN, FIRMWARE_URL_PASSWORD,
                FIRMWARE_URL_TOKEN, DIAGNOSTICS_URL_PASSWORD, DIAGNOSTICS_URL_TOKEN)) {
            for (String form : List.of(secret, secret.toLowerCase(Locale.ROOT))) {
                lines.forEach(line -> assertFalse(line.contains(form), secret + " in the log: " + line));
                entries.forEach(entry -> assertFalse(entry.toString().contains(form), secret + " in the audit: " + entry));
                assertFalse(upload.contains(form), secret + " in the diagnostics upload");
                replies.forEach(reply -> assertFalse(String.valueOf(reply.body()).contains(form),
                        secret + " in an API answer: " + reply.body()));
            }
        }
    }

    private void awaitReconnectAfter(int connections) {
        await().atMost(WITHIN).until(() -> csms.connections.get() > connections && csms.connected(ID)
                && centralSystem.online());
    }

    private Api.Reply upload(String token, byte[] file, byte[] key, String password) {
        io.micronaut.http.client.multipart.MultipartBody.Builder body = io.micronaut.http.client.multipart.MultipartBody
                .builder().addPart("use", "ChargePointCertificate")
                .addPart("file", "upload.p12", io.micronaut.http.MediaType.APPLICATION_OCTET_STREAM_TYPE, file)
                .addPart("password", password);
        if (key != null) {
            body.addPart("key", "key.pem", io.micronaut.http.MediaType.APPLICATION_OCTET_STREAM_TYPE, key);
        }
        return api.call(HttpRequest.POST("/api/v1/certificates", body.build())
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE), token);
    }
}
