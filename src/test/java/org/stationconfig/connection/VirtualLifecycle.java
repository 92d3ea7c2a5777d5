package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.ChangeResult;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.status.ConnectionStatus;
import org.stationconfig.status.ConnectionStatusService;

/**
 * Base for connection-lifecycle tests on a virtual clock: the real station (settings, trials, status) with an
 * in-memory link to a {@link FakeCentralSystem}; time moves only when the test advances it, so minutes of back-off
 * take milliseconds and each step is exact.
 */
public abstract class VirtualLifecycle extends TestDataDir {

    public static final String PROPERTY = "test.virtual-lifecycle";
    static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);

    @Inject
    VirtualTime time;
    @Inject
    FakeCentralSystem csms;
    @Inject
    SettingChanges changes;
    @Inject
    SettingsStore settings;
    @Inject
    ConnectionStatusService status;
    @Inject
    ConnectionSupervisor supervisor;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(PROPERTY, "true");
    }

    @BeforeEach
    void resetCentralSystem() {
        csms.reset();
        time.settle();
    }

    @AfterEach
    void disconnect() {
        change(Map.of("enabled", false));
        time.settle();
        assertEquals(0, supervisor.machine.unexpectedMoves(), "every move of the connection is in the state table");
    }

    ChangeResult change(Map<String, Object> values) {
        ChangeResult result = changes.apply(ChangeRequest.fromApp(INSTALLER, values, null));
        time.settle();
        return result;
    }

    /** Reconnect waits of 10 s doubling up to 80 s, MessageTimeout 30 s, two trial attempts, OCPP on. */
    void commission(String chargePointId, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(Map.of(
                "centralSystemUrl", "ws://csms.invalid/ocpp", "chargePointId", chargePointId, "reconnectInterval", 10,
                "reconnectMaxInterval", 80, "messageTimeout", 30, "connectionTrialAttempts", 2, "enabled", true));
        values.putAll(extra);
        change(values);
    }

    void advance(Duration step) {
        time.advance(step);
    }

    void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    ConnectionStatus status() {
        time.settle();
        return status.current();
    }
}
