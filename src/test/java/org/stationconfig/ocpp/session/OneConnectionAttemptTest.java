package org.stationconfig.ocpp.session;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Actor;
import org.stationconfig.ocpp.StationRestart;
import org.stationconfig.ocpp.status.ConnectionState;
import org.stationconfig.ocpp.status.Registration;
import org.stationconfig.settings.ChangeRequest;

/**
 * Issue 13, item 8 (SteVe): after every firmware reboot the station opened two connections within about 10 ms and
 * closed one as superseded, and a central-system request once went to the closed one. The reboot writes the new
 * firmwareVersion (a reconnect) and restarts the OCPP side (another); a dial wanted while one is in flight now
 * waits for it, and takes its link when it is for the very settings wanted.
 */
@MicronautTest(transactional = false)
class OneConnectionAttemptTest extends StationUnderTest {

    @Inject
    StationRestart restart;

    @Test
    void aFirmwareRebootOpensExactlyOneConnection() {
        commission("CP-REBOOT", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
        int connectionsBefore = csms.connections.get();
        long bootsBefore = csms.count("BootNotification");
        // what StationReboot does: the new version through the write path, then the restart
        changes.apply(ChangeRequest.fromText(Actor.system(), "firmwareVersion", "9.9.9"));
        restart.restart("rebooting into firmware 9.9.9");
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED
                && csms.count("BootNotification") > bootsBefore);
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5))
                .until(() -> csms.connections.get() == connectionsBefore + 1);
        assertEquals(bootsBefore + 1, csms.count("BootNotification"));
        assertEquals("9.9.9", csms.calls("CP-REBOOT", "BootNotification").get((int) bootsBefore)
                .payload().get("firmwareVersion").getStringValue());
    }

    @Test
    void restartsInQuickSuccessionStillDialOneAtATime() {
        commission("CP-RESTARTS", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
        int connectionsBefore = csms.connections.get();
        restart.restart("first");
        restart.restart("second");
        restart.restart("third");
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5))
                .until(() -> csms.connections.get() == connectionsBefore + 1);
    }
}
