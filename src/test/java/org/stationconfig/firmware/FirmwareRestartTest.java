package org.stationconfig.firmware;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateIntake;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.csms.CentralSystemScript;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.ocpp.rpc.Timestamps;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.StationReport;

/**
 * A running update survives a restart of the service (the V9 row): the station is really stopped and started again
 * on the same SQLite file, and the central system then sees the update continue under the same request id, or end
 * Installed after a reboot that the restart interrupted.
 */
class FirmwareRestartTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final Actor SERVICE = Actor.app("service", Role.SERVICE);

    private final FirmwareSigner manufacturer = FirmwareSigner.ec();
    private Path dataDir;
    private int port;
    private EmbeddedServer server;
    private ImageServer images;

    @BeforeEach
    void prepare() throws IOException {
        dataDir = Files.createTempDirectory("station-firmware-restart-");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // the same port both times: the stored central system URL stays valid
        }
        images = new ImageServer();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        images.close();
    }

    @Test
    void aScheduledUpdateIsStillScheduledAfterARestartAndRunsToInstalled() throws Exception {
        ApplicationContext station = powerOn();
        commission(station, "CP-FWR-1", Map.of());
        byte[] image = images.serve("station-2.6.0.bin", "firmware 2.6.0");
        assertEquals("Accepted", signedUpdate(station, "CP-FWR-1", 7, images.url("station-2.6.0.bin"),
                Instant.now().plusSeconds(4), image));
        FirmwareUpdates updates = station.getBean(FirmwareUpdates.class);
        await().atMost(WITHIN).until(() -> updates.latest().filter(u -> u.status() == FirmwareStatus.DownloadScheduled
                && u.reported()).isPresent());

        powerCut();
        station = powerOn();

        CentralSystemScript csms = station.getBean(CentralSystemScript.class);
        List<String> statuses = awaitStatuses(csms, "CP-FWR-1", "Installed");
        assertEquals(List.of("Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting", "Installed"),
                statuses, "DownloadScheduled was reported before the restart and is not repeated");
        assertTrue(requestIds(csms, "CP-FWR-1").stream().allMatch(id -> id == 7));
        assertEquals("2.6.0", station.getBean(SettingsStore.class).current().value("firmwareVersion"));
    }

    @Test
    void aDownloadInterruptedByARestartStartsOverWithTheSameRequestId() throws Exception {
        ApplicationContext station = powerOn();
        commission(station, "CP-FWR-2", Map.of());
        byte[] image = images.serve("station-2.7.0.bin", "firmware 2.7.0");
        images.stallFirstDownload();
        assertEquals("Accepted", signedUpdate(station, "CP-FWR-2", 8, images.url("station-2.7.0.bin"), Instant.now(), image));
        images.awaitStalled();
        FirmwareUpdates updates = station.getBean(FirmwareUpdates.class);
        await().atMost(WITHIN).until(() -> updates.latest().filter(u -> u.status() == FirmwareStatus.Downloading
                && u.reported()).isPresent());

        powerCut();
        station = powerOn();

        CentralSystemScript csms = station.getBean(CentralSystemScript.class);
        assertEquals(List.of("Downloaded", "SignatureVerified", "Installing", "InstallRebooting", "Installed"),
                awaitStatuses(csms, "CP-FWR-2", "Installed"));
        assertTrue(requestIds(csms, "CP-FWR-2").stream().allMatch(id -> id == 8));
        assertEquals(2, images.downloads.get(), "the interrupted download and the one after the restart");
        assertEquals(2, station.getBean(FirmwareUpdates.class).latest().orElseThrow().attempts());
    }

    @Test
    void aRestartWhileRebootingIntoTheNewFirmwareEndsInstalledWithTheNewVersion() throws Exception {
        ApplicationContext station = powerOn();
        commission(station, "CP-FWR-3", Map.of("messageTimeout", 20));
        byte[] image = images.serve("station-2.8.0.bin", "firmware 2.8.0");
        CentralSystemScript silent = station.getBean(CentralSystemScript.class);
        silent.answerCalls = false; // the statuses stay unanswered, so the reboot waits for InstallRebooting's answer
        assertEquals("Accepted", signedUpdate(station, "CP-FWR-3", 9, images.url("station-2.8.0.bin"), Instant.now(), image));
        FirmwareUpdates updates = station.getBean(FirmwareUpdates.class);
        await().atMost(WITHIN).until(() -> updates.latest().orElseThrow().status() == FirmwareStatus.InstallRebooting);
        StationReport report = station.getBean(StationReport.class);
        assertEquals("Unavailable", report.connector(1).orElseThrow().status().name(), "out of service for the install");

        powerCut();
        station = powerOn();

        CentralSystemScript csms = station.getBean(CentralSystemScript.class);
        List<String> statuses = awaitStatuses(csms, "CP-FWR-3", "Installed");
        assertEquals(List.of("InstallRebooting", "Installed"), statuses, "the status it had not delivered, then Installed");
        List<String> boots = csms.calls("CP-FWR-3", "BootNotification").stream()
                .map(call -> call.payload().get("firmwareVersion").getStringValue()).toList();
        assertEquals("2.8.0", boots.get(boots.size() - 1), "rebooted into the new version: " + boots);
        assertEquals("2.8.0", station.getBean(SettingsStore.class).current().value("firmwareVersion"));
        await().atMost(WITHIN).until(() -> csms.calls("CP-FWR-3", "SecurityEventNotification").stream()
                .anyMatch(call -> call.payload().get("type").getStringValue().equals("FirmwareUpdated")));
        StationReport after = station.getBean(StationReport.class);
        await().atMost(WITHIN).until(() -> after.station().connectors().stream()
                .allMatch(connector -> connector.status().name().equals("Available")));
    }

    private ApplicationContext powerOn() throws Exception {
        // one plain HTTP listener on the fixed port (a second, dual-protocol listener would want it too)
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("station.data-dir", dataDir.toString(),
                "micronaut.server.port", port, "micronaut.server.dual-protocol", false,
                "station.control-interval", "200ms"), "test");
        ApplicationContext station = server.getApplicationContext();
        CertificateStore store = station.getBean(CertificateStore.class);
        if (store.byUse(CertificateUse.MANUFACTURER_ROOT).isEmpty()) {
            store.install(CertificateUse.MANUFACTURER_ROOT, new CertificateIntake().inspectInstall(
                    CertificateUse.MANUFACTURER_ROOT, manufacturer.root().pem(), Instant.now()).material(), SERVICE, null);
        }
        return station;
    }

    private void powerCut() {
        server.close();
        server = null;
    }

    private void commission(ApplicationContext station, String chargePointId, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(Map.of("centralSystemUrl", "ws://127.0.0.1:" + port + "/csms",
                "chargePointId", chargePointId, "reconnectInterval", 1, "reconnectMaxInterval", 2, "messageTimeout", 3,
                "enabled", true));
        values.putAll(extra);
        station.getBean(SettingChanges.class).apply(ChangeRequest.fromApp(SERVICE, values, null));
        await().atMost(WITHIN).until(station.getBean(CentralSystem.class)::online);
    }

    private String signedUpdate(ApplicationContext station, String chargePointId, int requestId, String location,
                                Instant retrieveAt, byte[] image) throws Exception {
        String payload = "{\"requestId\":" + requestId + ",\"retries\":2,\"retryInterval\":1,\"firmware\":{\"location\":\""
                + location + "\",\"retrieveDateTime\":\"" + Timestamps.format(retrieveAt) + "\",\"signingCertificate\":"
                + FirmwareScenario.jsonString(manufacturer.signing().pem()) + ",\"signature\":\"" + manufacturer.sign(image)
                + "\"}}";
        JsonNode answer = JsonText.parse(station.getBean(CentralSystemScript.class)
                .call(chargePointId, "SignedUpdateFirmware", payload).get(20, TimeUnit.SECONDS));
        return answer.get(2).get("status").getStringValue();
    }

    private static List<String> awaitStatuses(CentralSystemScript csms, String chargePointId, String last) {
        return await().atMost(WITHIN).until(() -> csms.calls(chargePointId, "SignedFirmwareStatusNotification").stream()
                .map(call -> call.payload().get("status").getStringValue()).toList(), statuses -> statuses.contains(last));
    }

    private static List<Integer> requestIds(CentralSystemScript csms, String chargePointId) {
        return csms.calls(chargePointId, "SignedFirmwareStatusNotification").stream()
                .map(call -> call.payload().get("requestId").getIntValue()).toList();
    }

    /** Serves images over HTTP (the JDK's server); can hold the first download until the test is over. */
    private static final class ImageServer implements AutoCloseable {
        final AtomicInteger downloads = new AtomicInteger();
        private final ExecutorService executor = Executors.newFixedThreadPool(2);
        private final HttpServer http;
        private final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
        private final CountDownLatch release = new CountDownLatch(1);
        private final CountDownLatch stalled = new CountDownLatch(1);
        private volatile boolean stall;

        ImageServer() throws IOException {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.setExecutor(executor);
            http.createContext("/", exchange -> {
                try (exchange) {
                    downloads.incrementAndGet();
                    if (stall) {
                        stall = false;
                        stalled.countDown();
                        release.await(WITHIN.toSeconds(), TimeUnit.SECONDS); // until the test ends
                    }
                    byte[] content = files.get(exchange.getRequestURI().getPath().substring(1));
                    if (content == null) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    exchange.sendResponseHeaders(200, content.length);
                    exchange.getResponseBody().write(content);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            http.start();
        }

        byte[] serve(String name, String content) {
            byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
            files.put(name, bytes);
            return bytes;
        }

        void stallFirstDownload() {
            stall = true;
        }

        void awaitStalled() throws InterruptedException {
            assertTrue(stalled.await(WITHIN.toSeconds(), TimeUnit.SECONDS), "the download began");
        }

        String url(String name) {
            return "http://127.0.0.1:" + http.getAddress().getPort() + "/" + name;
        }

        @Override
        public void close() {
            release.countDown();
            http.stop(0);
            executor.shutdownNow();
        }
    }
}
