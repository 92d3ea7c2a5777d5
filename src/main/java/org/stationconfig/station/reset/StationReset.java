package org.stationconfig.station.reset;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.outbox.OutboxAnswer;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.session.AnswerFirst;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.Acceptance;
import org.stationconfig.station.RemoteControl;
import org.stationconfig.station.StationThread;
import org.stationconfig.station.transaction.StopReason;

/**
 * A Reset (S16 §5.14), one at a time: every transaction is stopped (reason SoftReset / HardReset; the StopTransactions
 * wait in the durable outbox), ResetOrReboot is raised, and the station restarts as the central system sees it: a new
 * connection, BootNotification and StartupOfTheDevice. Connector availability is persisted and stays as it was. A
 * restart step that fails is tried again up to {@code ResetRetries} times.
 */
@Singleton
public class StationReset {

    private static final Logger LOG = LoggerFactory.getLogger(StationReset.class);

    private final RemoteControl remote;
    private final SecurityEvents securityEvents;
    private final TransactionOutbox outbox;
    private final CentralSystem centralSystem;
    private final ResetRestart restart;
    private final SettingsStore settings;
    private final Duration retryWait;
    private final StationClock clock;
    private final StationThread thread;
    private final Duration deliveryGrace;
    private final AtomicBoolean underWay = new AtomicBoolean();
    /** A Soft reset waits for the outbox; station thread only. */
    private boolean waiting;
    private Scheduler.Cancellable deadline;
    private volatile String requestedBy = "the central system";
    private final AnswerFirst answerFirst;

    StationReset(RemoteControl remote, SecurityEvents securityEvents, TransactionOutbox outbox,
                 CentralSystem centralSystem, ResetRestart restart, SettingsStore settings, StationClock clock,
                 StationThread thread, @Value("${station.reset.delivery-grace:10s}") Duration deliveryGrace,
                 @Value("${station.reset.retry-wait:5s}") Duration retryWait, AnswerFirst answerFirst) {
        this.answerFirst = answerFirst;
        this.remote = remote;
        this.securityEvents = securityEvents;
        this.outbox = outbox;
        this.centralSystem = centralSystem;
        this.restart = restart;
        this.settings = settings;
        this.retryWait = retryWait;
        this.clock = clock;
        this.thread = thread;
        this.deliveryGrace = deliveryGrace;
    }

    /**
     * A Reset asked for by the central system or the app: Rejected while another one is under way, else Accepted and
     * the reset runs on the OCPP thread once the answer went out.
     *
     * @param requestedBy who asked, for the log and the ResetOrReboot security event, e.g. "the central system"
     */
    public CompletionStage<Acceptance> request(ResetKind type, String requestedBy) {
        if (!underWay.compareAndSet(false, true)) {
            LOG.info("{} reset requested by {} rejected: a reset is under way", type, requestedBy);
            return CompletableFuture.completedFuture(Acceptance.Rejected);
        }
        return answerFirst.answerThen(Acceptance.Accepted, () -> perform(type, requestedBy));
    }

    /** How long at most an Accepted reset takes until the restart: a Soft one first delivers the StopTransactions. */
    public Duration restartWithin(ResetKind type) {
        return type == ResetKind.Hard ? Duration.ZERO : deliveryGrace;
    }

    private void perform(ResetKind type, String requestedBy) {
        LOG.info("{} reset requested by {}", type, requestedBy);
        this.requestedBy = requestedBy;
        if (type == ResetKind.Hard) {
            hard();
        } else {
            soft();
        }
    }

    /**
     * Restarts first. The restart is queued on the OCPP thread before anything this reset puts in the outbox wakes
     * the session, so nothing goes out on the old link only to have its answer cut off and be sent twice: ResetOrReboot
     * and the StopTransactions (HardReset) go out after the new BootNotification, as S16 §5.14 allows for Hard.
     */
    private void hard() {
        CompletableFuture<Void> restarted = restartTrying("Hard reset");
        raiseResetOrReboot(ResetKind.Hard);
        CompletableFuture<Void> stopped = remote.stopAll(StopReason.HardReset).handle((done, error) -> {
            if (error != null) {
                LOG.error("Stopping the transactions for the Hard reset failed", error);
            }
            return null;
        });
        CompletableFuture.allOf(restarted, stopped).whenComplete((done, error) -> underWay.set(false));
    }

    /**
     * Stops gracefully: the transactions end (SoftReset) and the outbox gets up to {@code station.reset.delivery-grace}
     * to deliver their StopTransactions and ResetOrReboot before the restart. What is left goes out after it.
     */
    private void soft() {
        remote.stopAll(StopReason.SoftReset).whenCompleteAsync((stopped, error) -> {
            if (error != null) {
                LOG.error("Stopping the transactions for the Soft reset failed", error);
            }
            raiseResetOrReboot(ResetKind.Soft);
            if (centralSystem.online() && !outbox.isEmpty()) {
                waiting = true;
                deadline = thread.schedule(deliveryGrace, () -> {
                    if (waiting) {
                        restartAfterSoft();
                    }
                });
            } else {
                restartAfterSoft();
            }
        }, thread);
    }

    /** Each delivered message: a Soft reset waiting for its StopTransactions goes on once the outbox is empty. */
    @EventListener
    void delivered(OutboxAnswer answer) {
        thread.execute(() -> {
            if (waiting && outbox.isEmpty()) {
                restartAfterSoft();
            }
        });
    }

    private void restartAfterSoft() {
        if (deadline != null) {
            deadline.cancel();
            deadline = null;
        }
        waiting = false;
        restartTrying("Soft reset").whenComplete((done, error) -> underWay.set(false));
    }

    /**
     * The restart step, tried again {@code ResetRetries} times (read at each failure) {@code station.reset.retry-wait}
     * apart when it fails. Completes once it succeeded or the retries are used up.
     */
    private CompletableFuture<Void> restartTrying(String reason) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        tryRestart(reason, 0, done);
        return done;
    }

    private void tryRestart(String reason, int failures, CompletableFuture<Void> done) {
        try {
            restart.restart(reason);
            if (failures > 0) {
                LOG.info("{} done at retry {}", reason, failures);
            }
            done.complete(null);
        } catch (RuntimeException e) {
            int retries = settings.current().get(Setting.RESET_RETRIES);
            if (failures >= retries) {
                LOG.error("{} failed and ResetRetries ({}) are used up; the station was not restarted", reason, retries, e);
                done.complete(null);
                return;
            }
            LOG.warn("{} failed ({}); retry {} of {} (ResetRetries) in {} s", reason, e.toString(), failures + 1,
                    retries, retryWait.toSeconds());
            thread.schedule(retryWait, () -> tryRestart(reason, failures + 1, done));
        }
    }

    private void raiseResetOrReboot(ResetKind type) {
        securityEvents.raise(SecurityEvent.ResetOrReboot, type + " reset requested by " + requestedBy, clock.now());
    }
}
