package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.status.ConnectionStatus;
import org.stationconfig.status.ConnectionStatusService;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;

/** SPEC §3: the trial state is persisted, so a restart in the middle of a trial continues it. */
class TrialAcrossRestartTest {

    private static ConnectionStatus await(EmbeddedServer server, java.util.function.Predicate<ConnectionStatus> condition) {
        ConnectionStatusService status = server.getApplicationContext().getBean(ConnectionStatusService.class);
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(status::current, condition::test);
    }

    private static void change(EmbeddedServer server, Map<String, Object> values) {
        server.getApplicationContext().getBean(SettingChanges.class)
                .apply(ChangeRequest.fromApp(Actor.app("installer", Role.INSTALLER), values, null));
    }

    @Test
    void aTrialGoesOnAfterARestartWithItsAttemptsAndItsWayBack() throws Exception {
        Path dataDir = Files.createTempDirectory("trial-restart-");
        Map<String, Object> properties = new HashMap<>(Map.of("station.data-dir", dataDir.toString()));
        EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        int attemptsBefore;
        try {
            change(first, Map.of("centralSystemUrl", "ws://127.0.0.1:" + first.getPort() + "/csms", "chargePointId", "CP-RS",
                    "reconnectInterval", 1, "reconnectMaxInterval", 1, "connectionTrialAttempts", 20, "enabled", true));
            await(first, s -> s.registration() == Registration.ACCEPTED && !s.trial().active());

            change(first, Map.of("centralSystemUrl", "ws://127.0.0.1:1/unreachable"));
            ConnectionStatus trying = await(first, s -> s.trial().active() && s.trial().attempts() >= 2);
            assertEquals(List.of("centralSystemUrl"), trying.trial().keys());
            attemptsBefore = trying.trial().attempts();
        } finally {
            first.close();
        }

        EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        try {
            ConnectionStatus resumed = await(second, s -> s.trial().active() && s.trial().attempts() > attemptsBefore);
            assertEquals(List.of("centralSystemUrl"), resumed.trial().keys());
            assertTrue(resumed.trial().previousKept());
            assertEquals("ws://127.0.0.1:1/unreachable", second.getApplicationContext()
                    .getBean(org.stationconfig.settings.SettingsStore.class).current().value("centralSystemUrl"));
        } finally {
            second.close();
        }
    }
}
