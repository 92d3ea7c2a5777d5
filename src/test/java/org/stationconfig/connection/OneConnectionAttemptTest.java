package org.stationconfig.connection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.Actor;
import org.stationconfig.ocpp.StationRestart;
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
    void aFirmwareRebootOpensExactlyOneConnection() throws Exception {
        commission("CP-REBOOT", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
        int connectionsBefore = csms.connections.get();
        long bootsBefore = csms.count("BootNotification");
        // what StationReboot does: the new version through the write path, then the restart
        changes.apply(ChangeRequest.fromText(Actor.system(), "firmwareVersion", "9.9.9"));
        restart.restart("rebooting into firmware 9.9.9");
        csms.awaitCalls("CP-REBOOT", "BootNotification", (int) bootsBefore + 1, WITHIN);
        assertEquals("9.9.9", csms.calls("CP-REBOOT", "BootNotification").get((int) bootsBefore)
                .payload().get("firmwareVersion").getStringValue());
        assertOneNewConnectionServesTheCentralSystem("CP-REBOOT", connectionsBefore);
        assertEquals(bootsBefore + 1, csms.count("BootNotification"));
    }

    @Test
    void restartsInQuickSuccessionStillDialOneAtATime() throws Exception {
        commission("CP-RESTARTS", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED && s.state() == ConnectionState.CONNECTED);
        int connectionsBefore = csms.connections.get();
        long bootsBefore = csms.count("BootNotification");
        restart.restart("first");
        restart.restart("second");
        restart.restart("third");
        csms.awaitCalls("CP-RESTARTS", "BootNotification", (int) bootsBefore + 1, WITHIN);
        assertOneNewConnectionServesTheCentralSystem("CP-RESTARTS", connectionsBefore);
    }

    /**
     * Waits (bounded) for the central system to have seen a new connection, then sends a request over it: answered,
     * so it is the live one. No connection was closed as superseded and no second one was opened meanwhile.
     */
    private void assertOneNewConnectionServesTheCentralSystem(String id, int connectionsBefore) throws Exception {
        await().atMost(WITHIN).until(() -> csms.connections.get() > connectionsBefore);
        String answer = csms.call(id, "GetConfiguration", "{\"key\":[\"HeartbeatInterval\"]}")
                .get(WITHIN.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(answer.startsWith("[3,"), answer);
        assertEquals(connectionsBefore + 1, csms.connections.get(), "connections opened by the restart");
        assertFalse(csms.closeReasons.contains("superseded"), csms.closeReasons.toString());
    }
}
