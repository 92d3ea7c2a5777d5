package org.stationconfig.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.connection.FakeCentralSystem;
import org.stationconfig.connection.VirtualLifecycle;
import org.stationconfig.connection.VirtualTime;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;

/**
 * RELIABILITY.md, the firmware double-BootNotification race: the reboot into new firmware writes firmwareVersion
 * (which reconnects) and restarts the connection. However slow the caller is between the two, the central system
 * sees the reboot as one BootNotification carrying the new version ({@link SlowRebootCaller} holds it exactly where
 * the loaded machine did).
 */
@MicronautTest(transactional = false)
class OneBootNotificationPerRebootTest extends TestDataDir {

    @Inject
    VirtualTime time;
    @Inject
    FakeCentralSystem csms;
    @Inject
    SettingChanges changes;
    @Inject
    Reboot reboot;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(VirtualLifecycle.PROPERTY, "true", SlowRebootCaller.PROPERTY, "true");
    }

    @Test
    void aRebootIntoNewFirmwareIsOneBootNotificationWithTheNewVersion() throws Exception {
        changes.apply(ChangeRequest.fromApp(Actor.app("installer", Role.INSTALLER), Map.of(
                "centralSystemUrl", "ws://csms.invalid/ocpp", "chargePointId", "CP-REBOOT", "enabled", true), null));
        time.settle();
        assertEquals(1, csms.calls("BootNotification").size());

        CompletableFuture<Void> booted = reboot.into("9.1.0-race");
        time.settle();
        booted.get(5, TimeUnit.SECONDS);

        List<FakeCentralSystem.Call> boots = csms.calls("BootNotification");
        assertEquals(2, boots.size(), "the first boot and the reboot's, nothing between: " + boots);
        assertTrue(boots.get(1).payload().contains("\"firmwareVersion\":\"9.1.0-race\""), boots.get(1).payload());
        assertTrue(reboot.runs("9.1.0-race"));
    }
}
