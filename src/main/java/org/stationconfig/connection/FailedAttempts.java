package org.stationconfig.connection;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.session.Backoff;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/**
 * The failed connection attempts in a row: what each means for the trial of new settings (a rollback after the
 * last allowed one), the error the status shows, and the back-off before the next attempt. Used on the OCPP thread.
 */
final class FailedAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(FailedAttempts.class);
    /** The retry delay when the settings that give it cannot be read. */
    static final Duration RETRY_WHEN_UNSURE = Duration.ofSeconds(60);

    private final ConnectionTrials trials;
    private final SettingsStore settings;
    private final Backoff backoff;
    private final ConnectionStateMachine machine;
    private int failures;
    /** Why the last-known-good settings were restored, until a connection succeeds again: their failure says both. */
    private String rollbackReason;

    FailedAttempts(ConnectionTrials trials, SettingsStore settings, Backoff backoff, ConnectionStateMachine machine) {
        this.trials = trials;
        this.settings = settings;
        this.backoff = backoff;
        this.machine = machine;
    }

    /** Failed attempts so far. */
    int count() {
        return failures;
    }

    /** New settings, a restart or "reconnect now": the next attempt is a first one again. */
    void reset() {
        failures = 0;
    }

    /**
     * Counts the failed attempt with {@code target} first, so a throw while recording it still leaves a failure.
     *
     * @return true when it was the trial's last attempt and the previous settings were written back (their change
     *         event reconnects with them)
     */
    boolean record(ConnectionParameters target, LastError error) {
        failures++;
        machine.lastError(error.withAttempts(failures));
        boolean rolledBack = trials.failed(target, machine.lastError());
        if (rolledBack) {
            rollbackReason = trials.status(null).lastRollbackReason();
        } else if (rollbackReason != null && !trials.active() && target.equals(trials.lastKnownGood())) {
            machine.lastError(Diagnoses.rollbackFailsToo(machine.lastError(), rollbackReason));
            machine.fallbackError(machine.lastError()); // the settings rolled back to fail too: show both failures
        }
        return rolledBack;
    }

    /** SPEC §5: reconnectInterval doubling up to reconnectMaxInterval, with jitter. */
    Duration nextWait() {
        try {
            SettingsSnapshot snapshot = settings.current();
            return backoff.delay(failures, snapshot.get(Setting.RECONNECT_INTERVAL), snapshot.get(Setting.RECONNECT_MAX_INTERVAL));
        } catch (RuntimeException e) {
            LOG.error("Cannot read the reconnect interval; retrying in {} s", RETRY_WHEN_UNSURE.toSeconds(), e);
            return RETRY_WHEN_UNSURE;
        }
    }

    /** These settings reached the central system: no failures, no error, and they are the last-known-good. */
    void succeeded(ConnectionParameters target) {
        failures = 0;
        machine.succeeded();
        rollbackReason = null;
        trials.succeeded(target);
    }
}
