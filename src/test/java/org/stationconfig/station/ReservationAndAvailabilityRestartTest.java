package org.stationconfig.station;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.station.api.ConnectorView;
import org.stationconfig.station.hardware.Simulator;

/**
 * Reservations (S16 §5.13) and ChangeAvailability (S16 §5.2) outlive a restart: the station is really stopped and
 * started again on the same SQLite file, and the statuses it reports after its BootNotification show them.
 */
class ReservationAndAvailabilityRestartTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final Actor SERVICE = Actor.app("service", Role.SERVICE);

    private Path dataDir;
    private int port;
    private EmbeddedServer server;

    @BeforeEach
    void prepare() throws IOException {
        dataDir = Files.createTempDirectory("station-restart-");
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

    @Test
    void reservationsComeBackAfterARestart() throws Exception {
        ApplicationContext station = powerOn();
        commission(station, "CP-RR-1");
        CentralSystemScript csms = station.getBean(CentralSystemScript.class);
        String expiry = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertEquals("Accepted", call(csms, "CP-RR-1", "ReserveNow", "{\"connectorId\":1,\"expiryDate\":\"" + expiry
                + "\",\"idTag\":\"KEPT\",\"reservationId\":11}").get("status").getStringValue());
        assertEquals("Accepted", call(csms, "CP-RR-1", "ReserveNow", "{\"connectorId\":0,\"expiryDate\":\"" + expiry
                + "\",\"idTag\":\"ANYWHERE\",\"reservationId\":12}").get("status").getStringValue());

        server.close();
        station = powerOn();

        csms = station.getBean(CentralSystemScript.class);
        assertEquals("Reserved", bootStatus(csms, "CP-RR-1", 1));
        assertEquals("Reserved", bootStatus(csms, "CP-RR-1", 2), "the last free connector is held for reservation 12");
        ConnectorView one = station.getBean(StationReport.class).connector(1).orElseThrow();
        assertEquals(11, one.reservation().reservationId());
        assertEquals("KEPT", one.reservation().idTag());
        assertEquals("Accepted", call(csms, "CP-RR-1", "CancelReservation", "{\"reservationId\":12}")
                .get("status").getStringValue());
        assertEquals("Accepted", call(csms, "CP-RR-1", "CancelReservation", "{\"reservationId\":11}")
                .get("status").getStringValue());
        StationReport report = station.getBean(StationReport.class);
        await().atMost(WITHIN).until(() -> report.station().connectors().stream()
                .allMatch(c -> "Available".equals(c.status().name())));
    }

    @Test
    void aScheduledInoperativeSurvivesARestartAndAppliesOnceThePowerLossEndsTheTransaction() throws Exception {
        ApplicationContext station = powerOn();
        commission(station, "CP-RR-2");
        CentralSystemScript csms = station.getBean(CentralSystemScript.class);
        station.getBean(Simulator.class).plug(1);
        station.getBean(Simulator.class).presentTag(1, "TAG-SCHED");
        csms.awaitCalls("CP-RR-2", "StartTransaction", 1, WITHIN);
        assertEquals("Scheduled", availability(csms, "CP-RR-2", 1, "Inoperative"));
        assertEquals("Accepted", availability(csms, "CP-RR-2", 2, "Inoperative"));

        server.close();
        station = powerOn();

        csms = station.getBean(CentralSystemScript.class);
        assertEquals("PowerLoss", csms.awaitCalls("CP-RR-2", "StopTransaction", 1, WITHIN).get(0).payload()
                .get("reason").getStringValue());
        assertEquals("Unavailable", bootStatus(csms, "CP-RR-2", 1), "the scheduled change applied with the stop");
        assertEquals("Unavailable", bootStatus(csms, "CP-RR-2", 2));
        assertEquals("Unavailable", bootStatus(csms, "CP-RR-2", 0), "every connector is: so is the station");
        assertFalse(station.getBean(StationReport.class).connector(1).orElseThrow().available());

        assertEquals("Accepted", availability(csms, "CP-RR-2", 0, "Operative"));
        StationReport report = station.getBean(StationReport.class);
        await().atMost(WITHIN).until(() -> report.station().connectors().stream().allMatch(ConnectorView::available));
    }

    private ApplicationContext powerOn() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("station.data-dir", dataDir.toString(),
                "micronaut.server.port", port, "micronaut.server.dual-protocol", false,
                "station.control-interval", "200ms"), "test");
        return server.getApplicationContext();
    }

    private void commission(ApplicationContext station, String chargePointId) {
        Map<String, Object> values = new HashMap<>(Map.of("centralSystemUrl", "ws://127.0.0.1:" + port + "/csms",
                "chargePointId", chargePointId, "reconnectInterval", 1, "reconnectMaxInterval", 2,
                "authorizationMode", "ANY_TAG", "enabled", true));
        station.getBean(SettingChanges.class).apply(ChangeRequest.fromApp(SERVICE, values, null));
        await().atMost(WITHIN).until(station.getBean(CentralSystem.class)::online);
    }

    /** The status the station reported for the connector after its BootNotification (the first one sent). */
    private static String bootStatus(CentralSystemScript csms, String chargePointId, int connectorId) {
        List<JsonNode> reports = await().atMost(WITHIN).until(() -> csms.calls(chargePointId, "StatusNotification")
                .stream().map(CentralSystemScript.Received::payload)
                .filter(payload -> payload.get("connectorId").getIntValue() == connectorId).toList(), l -> !l.isEmpty());
        return reports.get(0).get("status").getStringValue();
    }

    private static String availability(CentralSystemScript csms, String chargePointId, int connectorId, String type)
            throws Exception {
        return call(csms, chargePointId, "ChangeAvailability", "{\"connectorId\":" + connectorId + ",\"type\":\""
                + type + "\"}").get("status").getStringValue();
    }

    private static JsonNode call(CentralSystemScript csms, String chargePointId, String action, String payload)
            throws Exception {
        return JsonText.parse(csms.call(chargePointId, action, payload).get(20, TimeUnit.SECONDS)).get(2);
    }
}
