package org.stationconfig.station.reset;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.StationRestart;
import org.stationconfig.ocpp.clock.StationClock;
import org.stationconfig.ocpp.outbox.OutboxAnswer;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.security.SecurityEvent;
import org.stationconfig.ocpp.security.SecurityEvents;
import org.stationconfig.ocpp.v16.core.Reset.ResetType;
import org.stationconfig.ocpp.v16.core.StopTransaction;
import org.stationconfig.station.RemoteControl;
import org.stationconfig.station.StationThread;

/**
 * A Reset (S16 §5.14), one at a time: every transaction is stopped (reason SoftReset / HardReset; the StopTransactions
 * wait in the durable outbox), ResetOrReboot is raised, and the station restarts as the central system sees it: a new
 * connection, BootNotification and StartupOfTheDevice. Soft stops gracefully: the outbox gets up to
 * {@code station.reset.delivery-grace} to deliver the StopTransactions first. Hard restarts at once; what is queued
 * goes out after the new BootNotification. Connector availability is persisted and stays as it was. The steps run on
 * the station thread.
 */
@Singleton
public class StationReset {

    private static final Logger LOG = LoggerFactory.getLogger(StationReset.class);

    private final RemoteControl remote;
    private final SecurityEvents securityEvents;
    private final TransactionOutbox outbox;
    private final Provider<CentralSystem> centralSystem;
    private final Provider<StationRestart> restart;
    private final StationClock clock;
    private final StationThread thread;
    private final Duration deliveryGrace;
    private final AtomicBoolean underWay = new AtomicBoolean();
    /** Set while a Soft reset waits for the outbox; station thread only. */
    private ResetType waiting;
    private Scheduler.Cancellable deadline;

    StationReset(RemoteControl remote, SecurityEvents securityEvents, TransactionOutbox outbox,
                 Provider<CentralSystem> centralSystem, Provider<StationRestart> restart, StationClock clock,
                 StationThread thread, @Value("${station.reset.delivery-grace:10s}") Duration deliveryGrace) {
        this.remote = remote;
        this.securityEvents = securityEvents;
        this.outbox = outbox;
        this.centralSystem = centralSystem;
        this.restart = restart;
        this.clock = clock;
        this.thread = thread;
        this.deliveryGrace = deliveryGrace;
    }

    /** Claims the reset; false while another one is under way (that Reset is Rejected). */
    public boolean claim() {
        return underWay.compareAndSet(false, true);
    }

    /** Runs the claimed reset; call it once the Reset.conf went out. */
    public void perform(ResetType type) {
        LOG.info("{} reset requested by the central system", type);
        remote.stopAll(type == ResetType.Hard ? StopTransaction.Reason.HardReset : StopTransaction.Reason.SoftReset)
                .whenCompleteAsync((stopped, error) -> {
                    if (error != null) {
                        LOG.error("Stopping the transactions for the reset failed", error);
                    }
                    securityEvents.raise(SecurityEvent.ResetOrReboot, type + " reset requested by the central system",
                            clock.now());
                    if (type == ResetType.Soft && centralSystem.get().online() && !outbox.isEmpty()) {
                        waiting = type;
                        deadline = thread.schedule(deliveryGrace, () -> restart(type));
                    } else {
                        restart(type);
                    }
                }, thread);
    }

    /** Each delivered message: a Soft reset waiting for the StopTransactions goes on once the outbox is empty. */
    @EventListener
    void delivered(OutboxAnswer answer) {
        thread.execute(() -> {
            if (waiting != null && outbox.isEmpty()) {
                restart(waiting);
            }
        });
    }

    private void restart(ResetType type) {
        if (deadline != null) {
            deadline.cancel();
            deadline = null;
        }
        waiting = null;
        restart.get().restart(type + " reset");
        underWay.set(false);
    }
}
