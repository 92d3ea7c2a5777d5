package org.stationconfig.connection;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.clock.ClockStatus;

/**
 * The station's connection as a state machine: the phase it is in, the only moves between phases, and what the
 * status shows of it (state, registration, lastError and the times). {@link ConnectionSupervisor} decides when to
 * move; this keeps every move in one table and the reading consistent. Used on the OCPP thread only.
 */
final class ConnectionStateMachine {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionStateMachine.class);

    enum Phase {
        /** Not wanted: switched off or not configured (the status says which, from the settings). */
        DOWN(ConnectionState.WAITING_RETRY),
        /** One dial under way (a dial wanted meanwhile waits for it). */
        DIALLING(ConnectionState.CONNECTING),
        /** A link is open, or was until the supervisor hears how it ended. */
        LINKED(ConnectionState.CONNECTED),
        /** The last attempt failed; the next one is due at {@code nextRetryAt}. */
        WAITING(ConnectionState.WAITING_RETRY);

        final ConnectionState shown;

        Phase(ConnectionState shown) {
            this.shown = shown;
        }
    }

    private static final Map<Phase, Set<Phase>> MOVES = new EnumMap<>(Map.of(
            Phase.DOWN, EnumSet.of(Phase.DOWN, Phase.DIALLING),
            Phase.DIALLING, EnumSet.of(Phase.DIALLING, Phase.LINKED, Phase.WAITING, Phase.DOWN),
            Phase.LINKED, EnumSet.of(Phase.DIALLING, Phase.WAITING, Phase.DOWN),
            Phase.WAITING, EnumSet.of(Phase.DIALLING, Phase.DOWN)));

    private Phase phase = Phase.DOWN;
    private Registration registration = Registration.NONE;
    private LastError lastError;
    /** When the settings rolled back to failed too: both failures are shown (in the trial status). */
    private LastError fallbackError;
    private Instant connectedSince;
    private Instant lastHeartbeatAt;
    private Instant nextRetryAt;
    private int unexpectedMoves;

    static boolean allowed(Phase from, Phase to) {
        return MOVES.get(from).contains(to);
    }

    Phase phase() {
        return phase;
    }

    /** Moves not in the table so far; a test asserts none (the move is made anyway: never strand the station). */
    int unexpectedMoves() {
        return unexpectedMoves;
    }

    private void moveTo(Phase next) {
        if (!allowed(phase, next)) {
            unexpectedMoves++;
            LOG.error("Unexpected connection move {} -> {}", phase, next, new IllegalStateException("moved from here"));
        }
        phase = next;
    }

    void down() {
        moveTo(Phase.DOWN);
    }

    void dialling() {
        moveTo(Phase.DIALLING);
    }

    /** A link opened; the registration is what it continues (Accepted) or NONE when a BootNotification is due. */
    void linked(Instant since, Registration continued) {
        moveTo(Phase.LINKED);
        registration = continued;
        connectedSince = since;
        nextRetryAt = null;
    }

    void waiting(Instant retryAt) {
        moveTo(Phase.WAITING);
        nextRetryAt = retryAt;
    }

    /** The link is closed or gone; the phase moves on with what the supervisor does next. */
    void linkClosed() {
        connectedSince = null;
    }

    void retryCancelled() {
        nextRetryAt = null;
    }

    Registration registration() {
        return registration;
    }

    void registration(Registration answered) {
        registration = answered;
    }

    @Nullable
    LastError lastError() {
        return lastError;
    }

    void lastError(@Nullable LastError error) {
        lastError = error;
    }

    @Nullable
    LastError fallbackError() {
        return fallbackError;
    }

    void fallbackError(@Nullable LastError error) {
        fallbackError = error;
    }

    void heartbeatAnswered(Instant at) {
        lastHeartbeatAt = at;
    }

    /** The central system answered: no error to show any more. */
    void succeeded() {
        lastError = null;
        fallbackError = null;
    }

    LiveConnection.Reading reading(TrialStatus trial, ClockStatus clock) {
        return new LiveConnection.Reading(phase.shown, registration, lastError, connectedSince, lastHeartbeatAt,
                nextRetryAt, trial, clock);
    }
}
