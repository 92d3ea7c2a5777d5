package org.stationconfig.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import io.micronaut.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Api;
import org.stationconfig.interop.OcaCentralSystem;

/**
 * Proof suite 2 of RELIABILITY.md: the station (its own process) charges on two connectors while the central system
 * (Java-OCA-OCPP, {@link OcaCentralSystem}) goes down and comes back and the station is killed with SIGKILL, in a
 * random order. Transactions end and begin while the central system is away. At the end every StartTransaction,
 * StopTransaction and MeterValues the station committed to its outbox ({@link OutboxLedger}) has arrived, each
 * transaction's messages first arrived in the order they were queued, and the duplicates stay within the
 * at-least-once window (at most one message in flight per outage or kill).
 */
class ChargingThroughOutagesTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String CHARGE_POINT = "CP-PROOF";

    private StationProcess station;
    private OcaCentralSystem csms;
    private String service;

    @Test
    void everyTransactionMessageArrivesInOrderThroughRestartsAndKills() throws Exception {
        int restarts = ProofForm.count("csmsRestarts", 2, 100);
        int kills = ProofForm.count("stationKills", 1, 20);
        List<Boolean> outages = new ArrayList<>(Collections.nCopies(restarts, false)); // false: central system restart
        outages.addAll(Collections.nCopies(kills, true)); // true: kill -9 of the station
        Collections.shuffle(outages);
        Figures figures = new Figures("Charging through outages");
        Path dataDir = Files.createTempDirectory("station-outages-");
        int offlineTransactions = 0;
        int restartsDone = 0;
        int killsDone = 0;
        java.time.Instant deadline = ProofForm.deadline();
        try (OcaCentralSystem centralSystem = OcaCentralSystem.started();
             StationProcess process = new StationProcess(dataDir, Map.of("station.control-interval", "200ms"))) {
            csms = centralSystem;
            station = process;
            station.start();
            OutboxLedger.install(station.database());
            logIn();
            patch(Map.of("centralSystemUrl", csms.url(), "chargePointId", CHARGE_POINT, "reconnectInterval", 1,
                    "reconnectMaxInterval", 2, "messageTimeout", 5, "authorizationMode", "ANY_TAG",
                    "meterValueSampleInterval", 1, "meterValuesSampledData", List.of("Energy.Active.Import.Register"),
                    "enabled", true));
            awaitOnline();

            for (int i = 0; i < outages.size() && java.time.Instant.now().isBefore(deadline); i++) {
                int connector = 1 + i % 2;
                ensureCharging(connector);
                awaitMeterValues(2);
                if (outages.get(i)) {
                    killsDone++;
                    station.kill(); // the open transactions end with PowerLoss at the next start
                    station.start();
                    logIn();
                } else {
                    restartsDone++;
                    csms.stop();
                    await().atMost(WITHIN).until(() -> !"CONNECTED".equals(connection().get("state")));
                    if (i % 3 == 0) { // a transaction ends and another begins while the central system is away
                        unplug(connector);
                        ensureCharging(connector);
                        offlineTransactions++;
                    }
                    await().atMost(WITHIN).until(() -> queued() >= 3);
                    csms.start();
                }
                awaitOnline();
                if (i % 4 == 3) {
                    unplug(connector);
                }
            }
            unplug(1);
            unplug(2);
            await().atMost(Duration.ofMinutes(5)).until(() -> queued() == 0);

            List<String> received = csms.received().stream().map(r -> OutboxLedger.identity(r.request()))
                    .filter(Objects::nonNull).toList();
            DeliveryCheck check = DeliveryCheck.of(OutboxLedger.read(station.database()), received);
            String integrity = SettingsKillTest.integrityCheck(station.database());
            figures.put("central system restarts, done of planned", restartsDone + " of " + restarts)
                    .put("station kill -9, done of planned", killsDone + " of " + kills)
                    .put("station starts", station.starts())
                    .put("transactions (ended and begun offline)", check.transactions() + " (" + offlineTransactions + ")")
                    .put("transaction messages committed to the outbox", check.committed())
                    .put("transaction messages received by the central system", check.delivered())
                    .put("committed but never delivered", check.missing().size())
                    .put("duplicates (received more than once)", check.duplicates())
                    .put("duplicate window: at most one per outage or kill", restartsDone + killsDone)
                    .put("transactions whose messages first arrived out of order", check.outOfOrder().size())
                    .put("received but not in the ledger", check.unmatched())
                    .put("integrity_check at the end", integrity)
                    .write();
            assertEquals(List.of(), check.missing(), "every committed message arrives");
            assertEquals(List.of(), check.outOfOrder(), "order kept per transaction");
            assertTrue(check.duplicates() <= restartsDone + killsDone, check.duplicates() + " duplicates");
            assertEquals(0, check.unmatched(), "the central system got nothing the station did not queue");
            assertEquals("ok", integrity);
        }
    }

    private void logIn() {
        service = station.token("service", StationProcess.SERVICE_PASSWORD);
    }

    private void patch(Map<String, Object> values) {
        Api.Reply reply = station.api().call(HttpRequest.PATCH("/api/v1/settings", Map.of("values", values)), service);
        assertEquals(200, reply.status(), reply.body());
    }

    private Map<String, Object> connection() {
        return station.get("/api/v1/ocpp/status", service).json();
    }

    private void awaitOnline() {
        await().atMost(WITHIN).until(() -> {
            Map<String, Object> status = connection();
            return "CONNECTED".equals(status.get("state")) && "ACCEPTED".equals(status.get("registration"));
        });
    }

    private int queued() {
        return ((Number) station.get("/api/v1/outbox?size=1", service).json().getOrDefault("total", 0)).intValue();
    }

    @SuppressWarnings("unchecked")
    private boolean charging(int connector) {
        List<Map<String, Object>> connectors = (List<Map<String, Object>>) station.get("/api/v1/station", service)
                .json().get("connectors");
        Map<String, Object> transaction = (Map<String, Object>) connectors.get(connector - 1).get("transaction");
        return transaction != null && Boolean.TRUE.equals(transaction.get("active"));
    }

    private void ensureCharging(int connector) {
        if (charging(connector)) {
            return;
        }
        unplug(connector);
        simulate(connector, "plug", Map.of());
        simulate(connector, "rfid", Map.of("idTag", "TAG-PROOF-" + connector));
        await().atMost(WITHIN).until(() -> charging(connector));
    }

    private void unplug(int connector) {
        simulate(connector, "unplug", Map.of());
        await().atMost(WITHIN).until(() -> !charging(connector));
    }

    private void simulate(int connector, String action, Map<String, Object> body) {
        station.api().call(HttpRequest.POST("/api/v1/simulator/connectors/" + connector + "/" + action, body), service);
    }

    private void awaitMeterValues(int more) {
        int before = csms.received(CHARGE_POINT, MeterValuesRequest.class).size();
        await().atMost(WITHIN).until(() -> csms.received(CHARGE_POINT, MeterValuesRequest.class).size() >= before + more);
    }
}
