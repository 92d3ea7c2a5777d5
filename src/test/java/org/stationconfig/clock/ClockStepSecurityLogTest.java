package org.stationconfig.clock;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.diagnostics.LogCollector;
import org.stationconfig.diagnostics.LogKind;
import org.stationconfig.diagnostics.TimeWindow;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;

/**
 * SPEC §5: with clockSource CSMS the station follows the central system's time, and a step of more than a minute is a
 * critical SettingSystemTime in the security log; a step within the minute is not. The clock announces the step and
 * the security log raises it (the two packages do not import each other both ways).
 */
@MicronautTest(transactional = false)
class ClockStepSecurityLogTest extends TestDataDir {

    @Inject
    StationClock clock;
    @Inject
    SettingChanges settings;
    @Inject
    LogCollector collector;

    @Test
    void aStepOverAMinuteToTheCentralSystemsTimeIsInTheSecurityLog(@TempDir Path dir) throws Exception {
        settings.apply(ChangeRequest.fromApp(Actor.app("service", Role.SERVICE),
                new HashMap<>(Map.of("clockSource", "CSMS")), null));
        Instant sent = clock.systemNow();
        clock.observe(sent.plus(Duration.ofSeconds(30)), sent, sent);
        clock.observe(sent.plus(Duration.ofHours(2)), sent, sent);

        assertTrue(Duration.between(clock.systemNow(), clock.now()).compareTo(Duration.ofMinutes(119)) > 0,
                "the station's time follows the central system's");
        Path upload = dir.resolve("security.log");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            collector.collect(LogKind.SECURITY, TimeWindow.all(), upload);
            String log = Files.readString(upload, StandardCharsets.UTF_8);
            assertEquals(1, log.lines().filter(line -> line.contains("SettingSystemTime")).count(), log);
            assertTrue(log.lines().anyMatch(line -> line.contains("SettingSystemTime")
                    && line.contains("clock set by 7170 s to the central system's time")), log);
        });
    }
}
