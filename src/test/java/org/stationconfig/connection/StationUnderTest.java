package org.stationconfig.connection;

import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.ocpp.csms.CentralSystemScript;
import org.stationconfig.status.ConnectionStatus;
import org.stationconfig.status.ConnectionStatusService;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.ChangeResult;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingsStore;

/**
 * Base for OCPP tests: the station and a scripted central system in one server on loopback. Short intervals keep
 * the tests quick; every wait is on a condition with a bound.
 */
abstract class StationUnderTest extends TestDataDir {

    static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);
    static final Duration WITHIN = Duration.ofSeconds(20);

    @Inject
    EmbeddedServer server;
    @Inject
    CentralSystemScript csms;
    @Inject
    SettingChanges changes;
    @Inject
    SettingsStore settings;
    @Inject
    ConnectionStatusService status;

    @BeforeEach
    void resetCentralSystem() {
        csms.reset();
    }

    @AfterEach
    void disconnect() {
        change(Map.of("enabled", false));
    }

    String csmsUrl() {
        return "ws://127.0.0.1:" + server.getPort() + "/csms";
    }

    ChangeResult change(Map<String, Object> values) {
        return changes.apply(ChangeRequest.fromApp(INSTALLER, values, null));
    }

    /** Points the station at the scripted central system with quick timings and turns OCPP on. */
    void commission(String chargePointId, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(Map.of(
                "centralSystemUrl", csmsUrl(), "chargePointId", chargePointId, "reconnectInterval", 1,
                "reconnectMaxInterval", 2, "messageTimeout", 3, "connectionTrialAttempts", 2, "enabled", true));
        values.putAll(extra);
        change(values);
    }

    ConnectionStatus awaitStatus(Predicate<ConnectionStatus> condition) {
        return await().atMost(WITHIN).until(status::current, condition::test);
    }
}
