package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.stationconfig.connection.ConnectionStateMachine.Phase;

/** The connection's moves and what the status shows in each phase. */
class ConnectionStateMachineTest {

    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void aLinkOpensOnlyFromADial() {
        assertTrue(ConnectionStateMachine.allowed(Phase.DIALLING, Phase.LINKED));
        for (Phase from : new Phase[] {Phase.DOWN, Phase.WAITING, Phase.LINKED}) {
            assertFalse(ConnectionStateMachine.allowed(from, Phase.LINKED), from + " -> LINKED");
        }
        assertFalse(ConnectionStateMachine.allowed(Phase.DOWN, Phase.WAITING), "nothing to retry while not wanted");
    }

    @Test
    void theReadingFollowsThePhase() {
        ConnectionStateMachine machine = new ConnectionStateMachine();
        assertEquals(ConnectionState.WAITING_RETRY, machine.reading(null, null).state());
        machine.dialling();
        assertEquals(ConnectionState.CONNECTING, machine.reading(null, null).state());
        machine.linked(T0, Registration.NONE);
        LiveConnection.Reading linked = machine.reading(null, null);
        assertEquals(ConnectionState.CONNECTED, linked.state());
        assertEquals(T0, linked.connectedSince());
        machine.linkClosed();
        machine.waiting(T0.plusSeconds(30));
        LiveConnection.Reading waiting = machine.reading(null, null);
        assertEquals(ConnectionState.WAITING_RETRY, waiting.state());
        assertNull(waiting.connectedSince());
        assertEquals(T0.plusSeconds(30), waiting.nextRetryAt());
        assertEquals(0, machine.unexpectedMoves());
    }

    @Test
    void aMoveOutsideTheTableIsCountedButMadeSoTheStationIsNeverStranded() {
        ConnectionStateMachine machine = new ConnectionStateMachine();
        machine.waiting(T0);
        assertEquals(1, machine.unexpectedMoves());
        assertEquals(Phase.WAITING, machine.phase());
    }
}
