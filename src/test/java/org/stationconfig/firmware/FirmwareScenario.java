package org.stationconfig.firmware;

import static org.awaitility.Awaitility.await;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.CertificateIntake;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.Inspection;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.filetransfer.FtpTestServer;
import org.stationconfig.filetransfer.HttpTestServer;
import org.stationconfig.ocpp.csms.CentralSystemScript.Received;
import org.stationconfig.ocpp.rpc.Timestamps;
import org.stationconfig.station.StationScenario;

/**
 * Base for firmware scenarios: the whole service with the scripted central system, the station's real file transfer
 * against an HTTP server (the JDK's) and an FTP server (Apache FtpServer) on loopback, and a manufacturer whose root
 * the station trusts as its ManufacturerRootCertificate.
 */
abstract class FirmwareScenario extends StationScenario {

    static final String FIRST_VERSION = "0.1.0"; // station.firmware-version's default

    protected final FirmwareSigner manufacturer = FirmwareSigner.ec();
    protected HttpTestServer http;
    protected FtpTestServer ftp;

    @Inject
    FirmwareUpdates updates;
    @Inject
    SimulatedFirmwareInstaller installer;
    @Inject
    CertificateStore certificates;

    @BeforeAll
    void startServersAndTrustTheManufacturer() throws Exception {
        http = HttpTestServer.http();
        ftp = FtpTestServer.plain();
        Inspection root = new CertificateIntake().inspectInstall(CertificateUse.MANUFACTURER_ROOT,
                manufacturer.root().pem(), Instant.now());
        certificates.install(CertificateUse.MANUFACTURER_ROOT, root.material(), Actor.system(), null);
    }

    @AfterAll
    void stopServers() {
        http.close();
        ftp.close();
    }

    @AfterEach
    void nothingLeftRunning() {
        await().atMost(WITHIN).until(() -> updates.latest().map(FirmwareUpdate::finished).orElse(true));
        installer.behave(SimulatedFirmwareInstaller.Behaviour.INSTALL);
        resetAfterwards("firmwareVersion", "firmwareUpdateMode");
    }

    /** Puts an image on the HTTP server; returns the image. */
    protected byte[] serveOverHttp(String path, String content) {
        byte[] image = content.getBytes(StandardCharsets.US_ASCII);
        write(http.root().resolve(path), image);
        return image;
    }

    protected byte[] serveOverFtp(String path, String content) {
        byte[] image = content.getBytes(StandardCharsets.US_ASCII);
        write(ftp.root().resolve(path), image);
        return image;
    }

    private static void write(java.nio.file.Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends SignedUpdateFirmware as the central system; the answer's status. */
    protected String signedUpdate(String chargePointId, int requestId, String location, Instant retrieveAt,
                                  Instant installAt, String signingCertificatePem, String signature) {
        String firmware = "{\"location\":\"" + location + "\",\"retrieveDateTime\":\"" + Timestamps.format(retrieveAt) + "\""
                + (installAt == null ? "" : ",\"installDateTime\":\"" + Timestamps.format(installAt) + "\"")
                + ",\"signingCertificate\":" + jsonString(signingCertificatePem) + ",\"signature\":\"" + signature + "\"}";
        JsonNode answer = callStation(chargePointId, "SignedUpdateFirmware",
                "{\"requestId\":" + requestId + ",\"retries\":2,\"retryInterval\":1,\"firmware\":" + firmware + "}");
        return answer.get("status").getStringValue();
    }

    /** The statuses of the SignedFirmwareStatusNotifications the central system received, in order. */
    protected List<String> signedStatuses(String chargePointId) {
        return csms.calls(chargePointId, "SignedFirmwareStatusNotification").stream()
                .map(call -> call.payload().get("status").getStringValue()).toList();
    }

    protected List<String> awaitSignedStatus(String chargePointId, String status) {
        return await().atMost(WITHIN).until(() -> signedStatuses(chargePointId), statuses -> statuses.contains(status));
    }

    /** Where in everything the central system received the first CALL of this action matching the condition is. */
    protected int positionOf(String chargePointId, String action, Predicate<JsonNode> payload) {
        List<Received> all = List.copyOf(csms.received);
        for (int i = 0; i < all.size(); i++) {
            Received call = all.get(i);
            if (call.chargePointId().equals(chargePointId) && call.action().equals(action) && payload.test(call.payload())) {
                return i;
            }
        }
        return -1;
    }

    protected int positionOfSigned(String chargePointId, String status) {
        return positionOf(chargePointId, "SignedFirmwareStatusNotification",
                p -> p.get("status").getStringValue().equals(status));
    }

    protected List<String> securityEvents(String chargePointId) {
        return csms.calls(chargePointId, "SecurityEventNotification").stream()
                .map(call -> call.payload().get("type").getStringValue()).toList();
    }

    protected List<String> bootedVersions(String chargePointId) {
        return csms.calls(chargePointId, "BootNotification").stream()
                .map(call -> call.payload().get("firmwareVersion").getStringValue()).toList();
    }

    protected String stationFirmwareVersion() {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> chargePoint = (java.util.Map<String, Object>) station().get("chargePoint");
        return (String) chargePoint.get("firmwareVersion");
    }

    static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
