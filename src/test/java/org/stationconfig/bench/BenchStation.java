package org.stationconfig.bench;

import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.status.ConnectionStatus;
import org.stationconfig.status.ConnectionStatusService;
import org.stationconfig.connection.Registration;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;

/**
 * The whole station (production beans, SQLite file in {@code dataDir}) with the loopback central system in its own
 * server on a free port, changed the way an installer changes it: through the single write path.
 */
final class BenchStation implements AutoCloseable {

    static final String CHARGE_POINT_ID = "BENCH-CP";
    static final Duration WITHIN = Duration.ofSeconds(30);
    private static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);

    private final EmbeddedServer server;

    private BenchStation(EmbeddedServer server) {
        this.server = server;
    }

    /** The station with {@code station.ocpp.compression} set to {@code compression}. */
    static BenchStation start(Path dataDir, boolean compression) {
        Map<String, Object> properties = new HashMap<>(properties(dataDir));
        properties.put("station.ocpp.compression", compression);
        return new BenchStation(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    private static Map<String, Object> properties(Path dataDir) {
        return Map.of(
                "station.data-dir", dataDir.toString(),
                "micronaut.server.port", -1,
                // the loopback central system is plain ws on the HTTP port; HTTPS is not what is measured
                "micronaut.server.ssl.enabled", false,
                "micronaut.server.dual-protocol", false,
                StationBenchmark.ENABLED, true);
    }

    <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    /** The central system URL of one site of the loopback central system (the station appends its id). */
    String centralSystemUrl(String site) {
        return "ws://127.0.0.1:" + server.getPort() + "/bench/" + site;
    }

    void change(Map<String, Object> values) {
        bean(SettingChanges.class).apply(ChangeRequest.fromApp(INSTALLER, values, null));
    }

    ConnectionStatus status() {
        return bean(ConnectionStatusService.class).current();
    }

    /** Points the station at {@code site} and waits for the BootNotification to be Accepted. */
    void commission(String site) {
        commissionAt(this, site, CHARGE_POINT_ID);
    }

    /** Points the station as {@code chargePointId} at {@code site} of the loopback central system of {@code server}. */
    void commissionAt(BenchStation server, String site, String chargePointId) {
        change(Map.of("centralSystemUrl", server.centralSystemUrl(site), "chargePointId", chargePointId, "enabled", true));
        await().atMost(WITHIN).until(() -> status().registration() == Registration.ACCEPTED
                && server.bean(LoopbackPeer.class).bootsAccepted(site) > 0);
    }

    @Override
    public void close() {
        change(Map.of("enabled", false));
        server.close();
        server.getApplicationContext().close();
    }
}
