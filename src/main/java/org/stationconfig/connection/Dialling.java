package org.stationconfig.connection;

import io.micronaut.core.annotation.Nullable;
import java.util.concurrent.Executor;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.transport.OcppLink;

/**
 * The dialling part of the lifecycle: one dial at a time ({@link OneDial}), every attempt numbered so that the end
 * of one superseded meanwhile (settings changed, a restart) is dropped, or adopted when it dialled exactly the
 * settings now wanted; a failure is diagnosed before it is reported. Used on the OCPP thread.
 */
final class Dialling {

    /** What the supervisor makes of a dial's end; called on the OCPP thread. */
    interface Outcome {

        /** The settings a dial is wanted for now, or null when none is. */
        @Nullable
        ConnectionParameters wanted();

        /** The number of this attempt in a row, for the error it may end in. */
        int attempt();

        void linked(OcppLink link);

        void failed(LastError error);

        /** The attempt that waited for the dial in flight is to be made now. */
        void dialAgain();
    }

    private final OneDial dial;
    private final DialDiagnosis diagnosis;
    private final Executor thread;
    private final StationClock clock;
    private final Outcome outcome;
    private long generation;

    Dialling(OneDial dial, DialDiagnosis diagnosis, Executor thread, StationClock clock, Outcome outcome) {
        this.dial = dial;
        this.diagnosis = diagnosis;
        this.thread = thread;
        this.clock = clock;
        this.outcome = outcome;
    }

    /** Whatever an attempt under way brings is no longer wanted as such. */
    void supersede() {
        generation++;
    }

    /** A new attempt; while a dial is in flight it is made when that one ends (one attempt at a time). */
    void start(ConnectionParameters target) {
        long attempt = ++generation;
        if (!dial.underWay()) {
            dial.start(target, (link, error) -> thread.execute(() -> dialed(attempt, link, error)));
        }
    }

    private void dialed(long dialledAttempt, OcppLink link, Throwable error) {
        ConnectionParameters wanted = outcome.wanted();
        // a link for exactly the settings now wanted is taken rather than closed and dialled again
        boolean adopt = dial.finish(link, wanted != null, wanted) && dialledAttempt != generation;
        long attempt = adopt ? generation : dialledAttempt;
        if (attempt != generation) {
            if (link != null) {
                link.close(1000, "superseded");
            }
            if (wanted != null) {
                outcome.dialAgain();
            }
            return;
        }
        if (error == null) {
            outcome.linked(link);
            return;
        }
        diagnosis.of(error, wanted, outcome.attempt()).whenComplete((explained, failed) -> thread.execute(() -> {
            if (attempt == generation && wanted.equals(outcome.wanted())) {
                // a diagnosis that failed still leaves a failed attempt, and so a retry
                outcome.failed(explained != null ? explained : new LastError("CONNECT", "CONNECT_FAILED",
                        "The connection failed.", "The station retries by itself.", clock.now(), outcome.attempt(),
                        null, null, null, null, null));
            }
        }));
    }
}
