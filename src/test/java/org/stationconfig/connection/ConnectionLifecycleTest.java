package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.status.ConnectionStatus;

/**
 * The connection lifecycle on a virtual clock (SPEC §3, §5): back-off, Pending, Rejected, heartbeat, the ping
 * deadline, and trial with rollback, each asserted as the status shows it, to the second, in milliseconds.
 */
@MicronautTest(transactional = false)
class ConnectionLifecycleTest extends VirtualLifecycle {

    @Test
    void reconnectWaitsDoubleFromTheReconnectIntervalUpToTheMaximum() {
        csms.refuseDials = FakeCentralSystem.refused();
        // enough trial attempts that a last-known-good from another test is not rolled back to meanwhile
        commission("CP-BACKOFF", Map.of("connectionTrialAttempts", 20));
        ConnectionStatus first = status();
        assertEquals(ConnectionState.WAITING_RETRY, first.state());
        assertEquals("TCP_REFUSED", first.lastError().code());
        assertEquals(1, csms.dials.size());
        for (long wait : new long[] {10, 20, 40, 80, 80}) {
            Instant failedAt = time.now();
            assertEquals(failedAt.plusSeconds(wait), status().nextRetryAt(), "wait after " + csms.dials.size());
            int dials = csms.dials.size();
            advance(Duration.ofSeconds(wait).minusMillis(1));
            assertEquals(dials, csms.dials.size(), "no dial before the wait is over");
            advance(Duration.ofMillis(1));
            assertEquals(dials + 1, csms.dials.size());
            assertEquals(dials + 1, status().lastError().attempts());
        }
        csms.refuseDials = null;
        advanceSeconds(80);
        ConnectionStatus connected = status();
        assertEquals(ConnectionState.CONNECTED, connected.state());
        assertEquals(Registration.ACCEPTED, connected.registration());
        assertNull(connected.lastError());
        assertNull(connected.nextRetryAt());
    }

    @Test
    void pendingKeepsTheLinkSendsBootNotificationsAtItsIntervalAndNothingElseUntilAccepted() {
        csms.bootStatus = "Pending";
        csms.bootInterval = 45;
        commission("CP-PENDING", Map.of());
        ConnectionStatus pending = status();
        assertEquals(ConnectionState.CONNECTED, pending.state());
        assertEquals(Registration.PENDING, pending.registration());
        assertEquals("BOOT_PENDING", pending.lastError().code());
        advanceSeconds(44);
        assertEquals(1, csms.calls("BootNotification").size());
        advanceSeconds(1);
        assertEquals(2, csms.calls("BootNotification").size());
        assertEquals(Duration.ofSeconds(45), Duration.between(csms.calls("BootNotification").get(0).at(),
                csms.calls("BootNotification").get(1).at()));
        assertEquals(0, csms.calls("StatusNotification").size(), "nothing but BootNotification while Pending");
        csms.bootStatus = "Accepted";
        advanceSeconds(45);
        ConnectionStatus accepted = status();
        assertEquals(Registration.ACCEPTED, accepted.registration());
        assertNull(accepted.lastError());
        assertEquals(1, csms.dials.size(), "one link all along");
        assertEquals(3, csms.calls("StatusNotification").size());
    }

    @Test
    void rejectedKeepsTheLinkAndTriesAgainAfterItsInterval() {
        commission("CP-REJECTED", Map.of());
        assertEquals(Registration.ACCEPTED, status().registration());
        csms.bootStatus = "Rejected";
        csms.bootInterval = 100;
        supervisor.restart("test: a reboot");
        ConnectionStatus rejected = status();
        assertEquals(Registration.REJECTED, rejected.registration());
        assertEquals(ConnectionState.CONNECTED, rejected.state());
        assertEquals("BOOT_REJECTED", rejected.lastError().code());
        int heartbeats = csms.calls("Heartbeat").size();
        advanceSeconds(99);
        assertEquals(2, csms.calls("BootNotification").size());
        advanceSeconds(1);
        assertEquals(3, csms.calls("BootNotification").size());
        assertEquals(heartbeats, csms.calls("Heartbeat").size(), "nothing but BootNotification while Rejected");
        assertEquals(Registration.REJECTED, status().registration());
    }

    @Test
    void aHeartbeatGoesAfterTheAcceptedIntervalWithoutTraffic() {
        csms.bootInterval = 120;
        commission("CP-HEARTBEAT", Map.of());
        Instant acceptedAt = time.now();
        assertEquals(120, settings.current().intValue("heartbeatInterval"), "the Accepted interval is adopted");
        advanceSeconds(119);
        assertEquals(0, csms.calls("Heartbeat").size());
        advanceSeconds(1);
        assertEquals(1, csms.calls("Heartbeat").size());
        assertEquals(acceptedAt.plusSeconds(120), status().lastHeartbeatAt());
        advanceSeconds(120);
        assertEquals(2, csms.calls("Heartbeat").size());
        assertEquals(acceptedAt.plusSeconds(240), status().lastHeartbeatAt());
    }

    @Test
    void aPingUnansweredByTheDeadlineEndsTheLinkAndTheStationReconnects() {
        csms.answerPings = false;
        commission("CP-PING", Map.of("connectionCheckInterval", 60, "heartbeatInterval", 0));
        FakeLink link = csms.link();
        csms.bootInterval = 0;
        advanceSeconds(60);
        assertEquals(1, link.pings.get());
        // the deadline is the sooner of the ping interval and MessageTimeout (30 s)
        advanceSeconds(29);
        assertTrue(link.isOpen());
        assertEquals(ConnectionState.CONNECTED, status().state());
        advanceSeconds(1);
        ConnectionStatus lost = status();
        assertFalse(link.isOpen(), link.closedBy);
        assertEquals(ConnectionState.WAITING_RETRY, lost.state());
        assertEquals("PING_TIMEOUT", lost.lastError().code());
        assertEquals(time.now().plusSeconds(10), lost.nextRetryAt());
        csms.answerPings = true;
        advanceSeconds(10);
        ConnectionStatus back = status();
        assertEquals(ConnectionState.CONNECTED, back.state());
        assertEquals(Registration.ACCEPTED, back.registration());
        assertEquals(1, csms.calls("BootNotification").size(), "a plain reconnect, no new BootNotification");
    }

    @Test
    void newSettingsThatFailTheirTrialAttemptsAreRolledBackToTheLastKnownGood() {
        commission("CP-GOOD", Map.of());
        assertEquals(Registration.ACCEPTED, status().registration());
        csms.unreachable.add("CP-TRIAL");
        change(Map.of("chargePointId", "CP-TRIAL"));
        ConnectionStatus trying = status();
        assertTrue(trying.trial().active());
        assertEquals(1, trying.trial().attempts());
        assertEquals(ConnectionState.WAITING_RETRY, trying.state());
        advanceSeconds(10);
        ConnectionStatus rolledBack = status();
        assertEquals("CP-GOOD", settings.current().value("chargePointId"));
        assertFalse(rolledBack.trial().active());
        assertTrue(rolledBack.trial().lastRollbackReason().contains("chargePointId"), rolledBack.trial().toString());
        assertEquals(time.now(), rolledBack.trial().lastRollbackAt());
        assertEquals(ConnectionState.CONNECTED, rolledBack.state());
        assertEquals(Registration.ACCEPTED, rolledBack.registration());
        assertEquals("CP-GOOD", csms.dials.get(csms.dials.size() - 1).username());
    }

    @Test
    void newSettingsThatConnectBecomeTheOnesToReturnTo() {
        commission("CP-OLD", Map.of());
        change(Map.of("chargePointId", "CP-NEW"));
        ConnectionStatus tried = status();
        assertFalse(tried.trial().active());
        assertEquals(Registration.ACCEPTED, tried.registration());
        assertEquals(2, csms.calls("BootNotification").size(), "a new charge point id registers anew");
        csms.unreachable.add("CP-BAD");
        change(Map.of("chargePointId", "CP-BAD"));
        advanceSeconds(10);
        assertEquals("CP-NEW", settings.current().value("chargePointId"), "back to the settings that worked last");
        assertEquals(Registration.ACCEPTED, status().registration());
    }
}
