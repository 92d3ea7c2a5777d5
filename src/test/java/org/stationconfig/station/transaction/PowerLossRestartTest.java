package org.stationconfig.station.transaction;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.csms.CentralSystemScript;
import org.stationconfig.ocpp.csms.CentralSystemScript.Received;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.station.StationReport;
import org.stationconfig.station.api.TransactionView;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.station.hardware.Simulator;
import org.stationconfig.station.tags.LocalTagForm;
import org.stationconfig.station.tags.LocalTags;

/**
 * A station that loses power during a transaction finds it on the next start, stops it with reason PowerLoss at its
 * last recorded meter value, and the central system gets each message once (S16 §4.10). The station is really
 * stopped and started again on the same SQLite file; the scripted central system comes back with it.
 */
class PowerLossRestartTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final Actor SERVICE = Actor.app("service", Role.SERVICE);

    private Path dataDir;
    private int port;
    private EmbeddedServer server;

    @BeforeEach
    void prepare() throws IOException {
        dataDir = Files.createTempDirectory("station-powerloss-");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // the same port both times: the stored central system URL stays valid
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ApplicationContext powerOn() {
        // one plain HTTP listener on the fixed port (a second, dual-protocol listener would want it too)
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("station.data-dir", dataDir.toString(),
                "micronaut.server.port", port, "micronaut.server.dual-protocol", false,
                "station.control-interval", "200ms"), "test");
        return server.getApplicationContext();
    }

    private void powerCut() {
        server.close();
        server = null;
    }

    @Test
    void aTransactionOpenAtAPowerCutIsStoppedWithPowerLossAndEveryMessageGoesOutOnce() throws Exception {
        ApplicationContext station = powerOn();
        commission(station, "CP-PL-1", true);
        CentralSystemScript csms = station.getBean(CentralSystemScript.class);
        assertEquals("Accepted", call(csms, "CP-PL-1", "SendLocalList", "{\"listVersion\":3,\"updateType\":\"Full\","
                + "\"localAuthorizationList\":[{\"idTag\":\"TAG-L\",\"idTagInfo\":{\"status\":\"Accepted\"}}]}")
                .get("status").getStringValue());
        station.getBean(Simulator.class).plug(1);
        station.getBean(Simulator.class).presentTag(1, "TAG-PL");
        csms.awaitCalls("CP-PL-1", "MeterValues", 3, WITHIN); // Begin and two periodic samples
        StationReport report = station.getBean(StationReport.class);
        TransactionView running = await().atMost(WITHIN).until(() -> report.connector(1).orElseThrow().transaction(),
                t -> t != null && t.id() != null);
        int lastSampledWh = lastRegister(csms.calls("CP-PL-1", "MeterValues"));

        powerCut();
        station = powerOn();

        csms = station.getBean(CentralSystemScript.class);
        JsonNode stop = csms.awaitCalls("CP-PL-1", "StopTransaction", 1, WITHIN).get(0).payload();
        assertEquals("PowerLoss", stop.get("reason").getStringValue());
        assertEquals(running.id(), stop.get("transactionId").getIntValue());
        assertTrue(stop.get("meterStop").getIntValue() >= lastSampledWh,
                "the last recorded register, " + lastSampledWh + " Wh or later: " + stop);
        CentralSystemScript after = csms;
        await().during(Duration.ofSeconds(1)).atMost(WITHIN).until(() -> after.calls("CP-PL-1", "StopTransaction").size() == 1);
        assertEquals(0, csms.calls("CP-PL-1", "StartTransaction").size(), "the start was delivered before the cut");

        TransactionView stopped = station.getBean(StationReport.class).connector(1).orElseThrow().transaction();
        assertFalse(stopped.active());
        assertEquals("PowerLoss", stopped.stopReason());
        assertEquals(3, call(csms, "CP-PL-1", "GetLocalListVersion", "{}").get("listVersion").getIntValue(),
                "the local list survived too");
    }

    @Test
    void aTransactionStartedOfflineBeforeAPowerCutIsDeliveredStartThenStopOnce() throws Exception {
        ApplicationContext station = powerOn();
        commission(station, "CP-PL-2", false);
        station.getBean(Simulator.class).plug(2);
        station.getBean(Simulator.class).presentTag(2, "TAG-OFF");
        StationReport report = station.getBean(StationReport.class);
        await().atMost(WITHIN).until(() -> report.connector(2).orElseThrow().transaction(), t -> t != null && t.active());

        powerCut();
        ApplicationContext restarted = powerOn();
        change(restarted, Map.of("centralSystemUrl", url(port)));

        CentralSystemScript csms = restarted.getBean(CentralSystemScript.class);
        JsonNode stop = csms.awaitCalls("CP-PL-2", "StopTransaction", 1, WITHIN).get(0).payload();
        List<Received> starts = csms.calls("CP-PL-2", "StartTransaction");
        assertEquals(1, starts.size());
        assertEquals("TAG-OFF", starts.get(0).payload().get("idTag").getStringValue());
        assertEquals("PowerLoss", stop.get("reason").getStringValue());
        StationReport after = restarted.getBean(StationReport.class);
        TransactionView stopped = await().atMost(WITHIN).until(() -> after.connector(2).orElseThrow().transaction(),
                t -> t.id() != null);
        assertEquals(stopped.id(), stop.get("transactionId").getIntValue(), "the id the central system gave, patched in");
    }

    @Test
    void aLocalTransactionOpenAtAPowerCutStaysLocalWhenACentralSystemIsConfiguredAfterwards() throws Exception {
        ApplicationContext station = powerOn(); // no central system configured
        station.getBean(LocalTags.class).add(new LocalTagForm("HOME-PL", "Home", null, null, null), SERVICE);
        station.getBean(Simulator.class).plug(1);
        station.getBean(Simulator.class).presentTag(1, "HOME-PL");
        StationReport report = station.getBean(StationReport.class);
        TransactionView running = await().atMost(WITHIN).until(() -> report.connector(1).orElseThrow().transaction(),
                t -> t != null && t.active());
        assertTrue(running.local());

        powerCut();
        ApplicationContext restarted = powerOn();
        commission(restarted, "CP-PL-3", true);

        TransactionView stopped = await().atMost(WITHIN).until(
                () -> restarted.getBean(StationReport.class).connector(1).orElseThrow().transaction(),
                t -> !t.active());
        assertEquals(running.localId(), stopped.localId());
        assertEquals("PowerLoss", stopped.stopReason());
        assertTrue(stopped.local(), "still local after the restart");
        CentralSystemScript csms = restarted.getBean(CentralSystemScript.class);
        await().during(Duration.ofSeconds(2)).atMost(WITHIN).until(() -> csms.calls("CP-PL-3", "StartTransaction")
                .isEmpty() && csms.calls("CP-PL-3", "StopTransaction").isEmpty());
        assertTrue(restarted.getBean(TransactionOutbox.class).isEmpty(), "nothing of it queued");
    }

    /** Offline: configured, but at an address where nobody listens (switched off, transactions stay local). */
    private void commission(ApplicationContext station, String chargePointId, boolean online) throws IOException {
        Map<String, Object> values = new HashMap<>(Map.of("centralSystemUrl", online ? url(port) : url(unusedPort()),
                "chargePointId", chargePointId, "reconnectInterval", 1, "reconnectMaxInterval", 2,
                "authorizationMode", "ANY_TAG", "meterValueSampleInterval", 1, "enabled", true));
        change(station, values);
        if (online) {
            await().atMost(WITHIN).until(station.getBean(CentralSystem.class)::online);
        }
    }

    private static String url(int port) {
        return "ws://127.0.0.1:" + port + "/csms";
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void change(ApplicationContext station, Map<String, Object> values) {
        station.getBean(SettingChanges.class).apply(ChangeRequest.fromApp(SERVICE, values, null));
    }

    private static JsonNode call(CentralSystemScript csms, String chargePointId, String action, String payload)
            throws Exception {
        return JsonText.parse(csms.call(chargePointId, action, payload).get(20, TimeUnit.SECONDS)).get(2);
    }

    private static int lastRegister(List<Received> meterValues) {
        JsonNode last = meterValues.get(meterValues.size() - 1).payload();
        return Integer.parseInt(last.get("meterValue").get(0).get("sampledValue").get(0).get("value").getStringValue());
    }
}
