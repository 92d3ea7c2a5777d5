package org.stationconfig.connection;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.StationRestart;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.session.Backoff;
import org.stationconfig.ocpp.session.SessionContext;
import org.stationconfig.ocpp.session.SessionTriggers;
import org.stationconfig.ocpp.transport.Dialer;
import org.stationconfig.ocpp.transport.OcppLink;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsChanged;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/**
 * Keeps the station connected to its central system with the settings in force: dials, reconnects with back-off,
 * runs new settings as a trial, and tells the status what is going on. All state lives on the OCPP thread.
 */
@Context
public class ConnectionSupervisor implements LiveConnection, SessionListener, CentralSystem, StationRestart,
        SessionTriggers {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSupervisor.class);
    /** TCP, TLS and the WebSocket upgrade together: the connect timeout plus time for the handshake. */
    static final String DIAL_TIMEOUT = "${station.ocpp.dial-timeout:30s}";

    private final SettingsStore settings;
    private final HeartbeatIntervalAdoption heartbeatInterval;
    private final ConnectionReadiness readiness;
    private final StationClock clock;
    private final SecurityEvents securityEvents;
    private final ConnectionTrials trials;
    private final TlsDiagnosis tls;
    private final ScheduledExecutorService thread;
    private final ApplicationEventPublisher<ConnectionChanged> events;
    private final SessionContext context;
    private final SessionOpener sessions;
    /** The phase, registration and what the status shows: every move of the connection goes through it. */
    final ConnectionStateMachine machine = new ConnectionStateMachine();
    private final FailedAttempts attempts;
    private final Dialling dialling;
    private final CurrentSession current;

    private ConnectionParameters target;
    private StationIdentity identity;
    private AcceptedBoot acceptedBoot;
    private Scheduler.Cancellable retryTimer;
    private volatile Reading reading = machine.reading(null, null);

    public ConnectionSupervisor(SettingsStore settings, HeartbeatIntervalAdoption heartbeatInterval, ConnectionReadiness readiness,
                                Dialer dialer, StationClock clock, SecurityEvents securityEvents,
                                ConnectionTrials trials, TlsDiagnosis tls, DialDiagnosis diagnosis,
                                @io.micronaut.context.annotation.Value(DIAL_TIMEOUT) Duration dialTimeout,
                                SessionContext context, SessionOpener sessions, Backoff backoff,
                                ApplicationEventPublisher<ConnectionChanged> events) {
        this.settings = settings;
        this.heartbeatInterval = heartbeatInterval;
        this.readiness = readiness;
        this.sessions = sessions;
        this.attempts = new FailedAttempts(trials, settings, backoff, machine);
        this.thread = context.thread();
        this.current = new CurrentSession(thread, machine);
        this.dialling = new Dialling(new OneDial(dialer, tls, dialTimeout, context.scheduler()), diagnosis, thread,
                clock, new DialOutcome());
        this.clock = clock;
        this.securityEvents = securityEvents;
        this.trials = trials;
        this.tls = tls;
        this.events = events;
        this.context = context;
        thread.execute(this::startUp);
    }

    private void startUp() {
        securityEvents.raise(SecurityEvent.StartupOfTheDevice, null, clock.now());
        reconcile(true);
    }

    @EventListener
    void settingsChanged(SettingsChanged change) {
        thread.execute(() -> {
            // on/off applies immediately, by connecting or disconnecting; the rest as the catalog declares
            if (change.touches(Setting.ENABLED.key()) || change.keys().stream().anyMatch(settings.current().registry()::reconnects)) {
                reconcile(false);
            } else {
                current.ifOpen(LinkSession::retune);
            }
            publish();
        });
    }

    /** Connect, reconnect or stay down, whatever the settings now call for. */
    private void reconcile(boolean startingUp) {
        SettingsSnapshot snapshot = settings.current();
        boolean wanted = snapshot.get(Setting.ENABLED) && readiness.missing(snapshot).isEmpty();
        ConnectionParameters desired = wanted ? ConnectionParameters.of(snapshot, tls.presentedCertificate()) : null;
        StationIdentity desiredIdentity = StationIdentity.of(snapshot);
        if (desired != null && desired.equals(target) && desiredIdentity.equals(identity) && (current.open() || isDialing())) {
            return;
        }
        stop("connection settings changed");
        target = desired;
        identity = desiredIdentity;
        attempts.reset();
        machine.fallbackError(null);
        // the status describes the endpoint in use: a new one is not registered until it answers a BootNotification
        machine.registration(registrationFor(desired));
        if (desired == null) {
            machine.down();
            publish();
            return;
        }
        trials.connecting(desired, startingUp);
        connect();
    }

    /** The registration of an endpoint about to be dialled: Accepted only where the station continues one. */
    private Registration registrationFor(ConnectionParameters endpoint) {
        return endpoint != null && acceptedBoot != null && acceptedBoot.covers(endpoint, identity)
                ? Registration.ACCEPTED : Registration.NONE;
    }

    private boolean isDialing() {
        return machine.phase() == ConnectionStateMachine.Phase.DIALLING;
    }

    private void connect() {
        cancelRetry();
        machine.dialling();
        publish();
        dialling.start(target);
    }

    /** How a dial's end moves the connection on. */
    private final class DialOutcome implements Dialling.Outcome {

        @Override
        public ConnectionParameters wanted() {
            return isDialing() ? target : null;
        }

        @Override
        public int attempt() {
            return attempts.count() + 1;
        }

        @Override
        public void linked(OcppLink link) {
            boolean bootDue = acceptedBoot == null || !acceptedBoot.covers(target, identity);
            // a plain reconnect continues the Accepted registration; a due boot starts a new one
            machine.linked(clock.now(), bootDue ? Registration.NONE : Registration.ACCEPTED);
            LinkSession session = sessions.open(identity, bootDue, ConnectionSupervisor.this);
            current.start(session);
            LOG.info("Connected to {} (BootNotification {})", target.effectiveUri(), bootDue ? "due" : "not needed");
            session.opened(link);
            publish();
        }

        @Override
        public void failed(LastError error) {
            attemptFailed(error);
        }

        @Override
        public void dialAgain() {
            connect();
        }
    }

    /** The retry is scheduled whatever recording the failure does: a throw there must not leave the station offline. */
    private void attemptFailed(LastError error) {
        boolean rolledBack = false;
        try {
            rolledBack = attempts.record(target, error);
        } catch (RuntimeException | Error e) {
            LOG.error("Recording the failed connection attempt failed; retrying anyway", e);
        } finally {
            if (!rolledBack) { // a rollback rewrote the settings; their change event reconnects with the previous ones
                scheduleRetry(error);
            }
        }
    }

    private void scheduleRetry(LastError error) {
        Duration wait = attempts.nextWait();
        retryTimer = context.scheduler().schedule(wait, () -> thread.execute(this::connect));
        machine.waiting(clock.now().plus(wait));
        LOG.info("Connection failed ({}: {}); next attempt in {} s", error == null ? "?" : error.code(),
                error == null ? "" : error.message(), wait.toSeconds());
        publish();
    }

    // ---- what the session reports

    @Override
    public Registration registration() {
        return machine.registration();
    }

    @Override
    public void bootAnswered(LinkSession from, Registration answer, int interval) {
        if (!current.is(from)) {
            return;
        }
        switch (answer) {
            case ACCEPTED -> {
                machine.registration(Registration.ACCEPTED);
                acceptedBoot = new AcceptedBoot(target, identity);
                heartbeatInterval.adopt(interval);
                attempts.succeeded(target);
            }
            case PENDING -> {
                // Pending keeps the link and is not a failed attempt: the central system may be configuring us
                machine.registration(Registration.PENDING);
                machine.lastError(Diagnoses.bootPending(interval, clock.now(), attempts.count()));
            }
            case REJECTED -> {
                machine.registration(Registration.REJECTED);
                LastError rejected = Diagnoses.bootRejected(interval, clock.now(), attempts.count() + 1);
                machine.lastError(rejected);
                if (trials.active()) {
                    current.close("registration rejected");
                    machine.linkClosed();
                    attemptFailed(rejected);
                }
            }
        }
        publish();
    }

    @Override
    public void bootFailed(LinkSession from, LastError error) {
        if (current.is(from)) {
            machine.lastError(error);
            publish();
        }
    }

    @Override
    public void firstAnswer(LinkSession from) {
        if (current.is(from) && !from.bootDue()) {
            attempts.succeeded(target);
            publish();
        }
    }

    @Override
    public void heartbeatAnswered(LinkSession from, Instant at) {
        if (current.is(from)) {
            machine.heartbeatAnswered(at);
            publish();
        }
    }

    @Override
    public void callUnanswered(LinkSession from, LastError error) {
        if (current.is(from)) {
            machine.lastError(error);
            publish();
        }
    }

    @Override
    public void ended(LinkSession from, LastError reason) {
        if (!current.is(from)) {
            return;
        }
        current.forget();
        machine.linkClosed();
        LOG.info("Connection lost: {}", reason.message());
        attemptFailed(reason);
    }

    @Override
    public <R> CompletableFuture<R> call(OcppRequest<R> request) {
        return current.call(request, false);
    }

    @Override
    public <R> CompletableFuture<R> callTriggered(OcppRequest<R> request) {
        return current.call(request, true);
    }

    @Override
    public void triggerBootNotification() {
        thread.execute(() -> current.ifOpen(LinkSession::triggerBoot));
    }

    @Override
    public void triggerHeartbeat() {
        thread.execute(() -> current.ifOpen(LinkSession::triggerHeartbeat));
    }

    /** A reboot as the central system sees it: connect again and register with a new BootNotification. */
    @Override
    public void restart(String reason) {
        thread.execute(() -> {
            LOG.info("Restarting the OCPP connection: {}", reason);
            stop(reason);
            acceptedBoot = null;
            machine.registration(Registration.NONE);
            attempts.reset();
            securityEvents.raise(SecurityEvent.StartupOfTheDevice, reason, clock.now());
            if (target != null) {
                connect();
            } else {
                publish();
            }
        });
    }

    /**
     * The app's "reconnect now": the link (if any) is closed and dialled again at once, without waiting for a retry;
     * a registration the endpoint still covers goes on without a new BootNotification. Nothing happens while the
     * connection is switched off or not configured.
     */
    public void reconnectNow(String reason) {
        thread.execute(() -> {
            if (target == null) {
                publish();
                return;
            }
            LOG.info("Reconnecting now: {}", reason);
            stop(reason);
            attempts.reset();
            machine.registration(registrationFor(target));
            connect();
        });
    }

    /** Profile 3 presents the station certificate: a new one is a connection change, tried like one (SPEC §6). */
    @EventListener
    void stationCertificateChanged(org.stationconfig.certificates.store.StationCertificateChanged change) {
        thread.execute(() -> {
            reconcile(false);
            publish();
        });
    }

    @EventListener
    void messageQueued(org.stationconfig.ocpp.outbox.OutboxMessageQueued queued) {
        outboxChanged();
    }

    @Override
    public void outboxChanged() {
        thread.execute(() -> current.ifOpen(LinkSession::outboxChanged));
    }

    // ---- status

    @Override
    public Reading read() {
        return reading;
    }

    @Override
    public boolean online() {
        Reading current = reading;
        return current.state() == ConnectionState.CONNECTED && current.registration() == Registration.ACCEPTED;
    }

    private void publish() {
        reading = machine.reading(trials.status(machine.fallbackError()), clock.status());
        events.publishEvent(new ConnectionChanged(reading));
    }

    private void stop(String why) {
        cancelRetry();
        dialling.supersede();
        current.close(why);
        machine.linkClosed();
    }

    private void cancelRetry() {
        if (retryTimer != null) {
            retryTimer.cancel();
            retryTimer = null;
        }
        machine.retryCancelled();
    }

    @PreDestroy
    void shutDown() throws Exception {
        thread.submit(() -> stop("station stopping")).get(5, java.util.concurrent.TimeUnit.SECONDS);
    }
}
