package org.stationconfig.connection;

import org.stationconfig.ocpp.session.Backoff;
import org.stationconfig.ocpp.session.OcppThread;
import org.stationconfig.ocpp.session.SessionTriggers;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.audit.Source;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.ConnectorStatusReport;
import org.stationconfig.ocpp.StationRestart;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.outbox.OutboxAnswer;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.ocpp.transport.DialRequest;
import org.stationconfig.ocpp.transport.OcppLink;
import org.stationconfig.ocpp.transport.Dialer;
import org.stationconfig.ocpp.v16.core.BootNotification;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;
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
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    /** The retry delay when the settings that give it cannot be read. */
    static final Duration RETRY_WHEN_UNSURE = Duration.ofSeconds(60);
    /** TCP, TLS and the WebSocket upgrade together: the connect timeout plus time for the handshake. */
    static final String DIAL_TIMEOUT = "${station.ocpp.dial-timeout:30s}";
    private static final List<String> RECONNECT_KEYS = List.of("enabled", "protocol", "centralSystemUrl", "chargePointId",
            "securityProfile", "accessKey", "authorizationKeyHexAsText", "chargePointVendor", "chargePointModel",
            "chargePointSerialNumber", "chargeBoxSerialNumber", "firmwareVersion", "meterType", "meterSerialNumber");

    private final SettingsStore settings;
    private final SettingChanges changes;
    private final ConnectionReadiness readiness;
    private final StationClock clock;
    private final SecurityEvents securityEvents;
    private final ConnectionTrials trials;
    private final TlsDiagnosis tls;
    private final DialDiagnosis diagnosis;
    private final ScheduledExecutorService thread;
    private final ApplicationEventPublisher<ConnectionChanged> events;
    private final SessionContext context;
    private final Backoff backoff;

    private OcppSession session;
    private ConnectionParameters target;
    private BootNotification.Request identity;
    private AcceptedBoot acceptedBoot;
    private long generation;
    /** The one dial in flight; a dial wanted meanwhile waits for it (one connection attempt at a time). */
    private final OneDial dial;
    private final Duration connectTimeout;
    /** Why the last-known-good settings were restored, until a connection succeeds again: their failure says both. */
    private String rollbackReason;
    private int failures;
    private Scheduler.Cancellable retryTimer;
    private ConnectionState state = ConnectionState.WAITING_RETRY;
    private Registration registration = Registration.NONE;
    private LastError lastError;
    private LastError fallbackError;
    private Instant connectedSince;
    private Instant lastHeartbeatAt;
    private Instant nextRetryAt;
    private volatile Reading reading = new Reading(ConnectionState.WAITING_RETRY, Registration.NONE, null, null, null,
            null, null, null);

    public ConnectionSupervisor(SettingsStore settings, SettingChanges changes, ConnectionReadiness readiness,
                                Dialer dialer, StationClock clock, SecurityEvents securityEvents,
                                ConnectionTrials trials, TlsDiagnosis tls, DialDiagnosis diagnosis,
                                @io.micronaut.context.annotation.Value(DIAL_TIMEOUT) Duration dialTimeout,
                                TransactionOutbox outbox,
                                ConnectorStatusReport connectors,
                                List<OcppHandler> handlers, @Named(OcppThread.NAME) ScheduledExecutorService thread,
                                @Named(OcppThread.NAME) Scheduler scheduler, Backoff backoff,
                                Clock systemClock, ApplicationEventPublisher<ConnectionChanged> events,
                                ApplicationEventPublisher<OutboxAnswer> answers) {
        this.settings = settings;
        this.changes = changes;
        this.readiness = readiness;
        this.dial = new OneDial(dialer, dialTimeout, scheduler);
        this.backoff = backoff;
        this.connectTimeout = dialTimeout.compareTo(CONNECT_TIMEOUT) < 0 ? dialTimeout : CONNECT_TIMEOUT;
        this.clock = clock;
        this.securityEvents = securityEvents;
        this.trials = trials;
        this.tls = tls;
        this.diagnosis = diagnosis;
        this.thread = thread;
        this.events = events;
        this.context = new SessionContext(thread, scheduler, settings, clock, systemClock, outbox,
                connectors, new HandlerTable(handlers.stream().map(OcppHandler::registration).toList()),
                new InvalidMessagesReporter(securityEvents, clock, systemClock), answers::publishEvent);
        thread.execute(this::startUp);
    }

    private void startUp() {
        securityEvents.raise(SecurityEvent.StartupOfTheDevice, null, clock.now());
        reconcile(true);
    }

    @EventListener
    void settingsChanged(SettingsChanged change) {
        thread.execute(() -> {
            if (change.actor().source() != Source.SYSTEM && change.touches(ConnectionParameters.SECURITY_KEYS.toArray(String[]::new))) {
                // A01.FR.11: log the change of a security parameter, never the key itself
                securityEvents.raise(SecurityEvent.ReconfigurationOfSecurityParameters, String.join(", ",
                        change.keys().stream().filter(ConnectionParameters.SECURITY_KEYS::contains).sorted().toList())
                        + " changed by " + change.actor().describe(), clock.now());
            }
            if (RECONNECT_KEYS.stream().anyMatch(change.keys()::contains)) {
                reconcile(false);
            } else if (session != null) {
                session.retune();
            }
            publish();
        });
    }

    /** Connect, reconnect or stay down, whatever the settings now call for. */
    private void reconcile(boolean startingUp) {
        SettingsSnapshot snapshot = settings.current();
        boolean wanted = snapshot.boolValue("enabled") && readiness.missing(snapshot).isEmpty();
        ConnectionParameters desired = wanted ? ConnectionParameters.of(snapshot, tls.presentedCertificate()) : null;
        BootNotification.Request desiredIdentity = BootIdentity.of(snapshot);
        if (desired != null && desired.equals(target) && desiredIdentity.equals(identity) && (session != null || isDialing())) {
            return;
        }
        stop("connection settings changed");
        target = desired;
        identity = desiredIdentity;
        failures = 0;
        fallbackError = null;
        // the status describes the endpoint in use: a new one is not registered until it answers a BootNotification
        registration = registrationFor(desired);
        if (desired == null) {
            state = ConnectionState.WAITING_RETRY;
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
        return state == ConnectionState.CONNECTING && session == null;
    }

    private void connect() {
        cancelRetry();
        state = ConnectionState.CONNECTING;
        long attempt = ++generation;
        if (dial.underWay()) {
            // one connection attempt at a time: this one is made when the dial in flight ends (see dialed)
            publish();
            return;
        }
        ConnectionParameters dialling = target;
        publish();
        dial.start(dialling, () -> {
            DialRequest request = new DialRequest(dialling.effectiveUri(), dialling.chargePointId(), dialling.password(),
                    dialling.tls() ? tls.material(dialling.securityProfile()).orElse(null) : null, connectTimeout);
            LOG.info("Connecting to {} as {}", request.uri(), dialling.chargePointId());
            return request;
        }, (link, error) -> thread.execute(() -> dialed(attempt, link, error)));
    }

    private void dialed(long dialledAttempt, OcppLink link, Throwable error) {
        boolean dialWanted = state == ConnectionState.CONNECTING && session == null && target != null;
        // a link for exactly the settings now wanted is taken rather than closed and dialled again
        boolean adopt = dial.finish(link, dialWanted, target) && dialledAttempt != generation;
        long attempt = adopt ? generation : dialledAttempt;
        if (attempt != generation) {
            if (link != null) {
                link.close(1000, "superseded");
            }
            if (dialWanted) {
                connect(); // the attempt that waited for this one
            }
            return;
        }
        if (error != null) {
            ConnectionParameters dialled = target;
            diagnosis.of(error, dialled, failures + 1).whenComplete((explained, failed) -> thread.execute(() -> {
                if (attempt == generation && dialled.equals(target)) {
                    // a diagnosis that failed still leaves a failed attempt, and so a retry
                    attemptFailed(explained != null ? explained : new LastError("CONNECT", "CONNECT_FAILED",
                            "The connection failed.", "The station retries by itself.", clock.now(), failures + 1,
                            null, null, null, null, null));
                }
            }));
            return;
        }
        boolean bootDue = acceptedBoot == null || !acceptedBoot.covers(target, identity);
        // a plain reconnect continues the Accepted registration; a due boot starts a new one
        registration = bootDue ? Registration.NONE : Registration.ACCEPTED;
        session = new OcppSession(context, this, identity, bootDue, backoff);
        connectedSince = clock.now();
        state = ConnectionState.CONNECTED;
        nextRetryAt = null;
        LOG.info("Connected to {} (BootNotification {})", target.effectiveUri(), bootDue ? "due" : "not needed");
        session.opened(link);
        publish();
    }

    /** The retry is scheduled whatever recording the failure does: a throw there must not leave the station offline. */
    private void attemptFailed(LastError error) {
        failures++;
        boolean rolledBack = false;
        try {
            lastError = error.withAttempts(failures);
            rolledBack = trials.failed(target, lastError);
            if (rolledBack) {
                rollbackReason = trials.status(null).lastRollbackReason();
            } else if (rollbackReason != null && !trials.active() && target.equals(trials.lastKnownGood())) {
                lastError = Diagnoses.rollbackFailsToo(lastError, rollbackReason);
                fallbackError = lastError; // the settings rolled back to fail too: show both failures
            }
        } catch (RuntimeException | Error e) {
            LOG.error("Recording the failed connection attempt failed; retrying anyway", e);
        } finally {
            if (!rolledBack) { // a rollback rewrote the settings; their change event reconnects with the previous ones
                scheduleRetry(error);
            }
        }
    }

    private void scheduleRetry(LastError error) {
        Duration wait = RETRY_WHEN_UNSURE;
        try {
            SettingsSnapshot snapshot = settings.current();
            wait = backoff.delay(failures, snapshot.intValue("reconnectInterval"), snapshot.intValue("reconnectMaxInterval"));
        } catch (RuntimeException e) {
            LOG.error("Cannot read the reconnect interval; retrying in {} s", wait.toSeconds(), e);
        }
        state = ConnectionState.WAITING_RETRY;
        retryTimer = context.scheduler().schedule(wait, () -> thread.execute(this::connect));
        nextRetryAt = clock.now().plus(wait);
        LOG.info("Connection failed ({}: {}); next attempt in {} s", error == null ? "?" : error.code(),
                error == null ? "" : error.message(), wait.toSeconds());
        publish();
    }

    private void succeeded() {
        failures = 0;
        lastError = null;
        fallbackError = null;
        rollbackReason = null;
        trials.succeeded(target);
    }

    // ---- what the session reports

    @Override
    public Registration registration() {
        return registration;
    }

    @Override
    public void bootAnswered(OcppSession from, BootNotification.Response response) {
        if (from != session) {
            return;
        }
        switch (response.status()) {
            case Accepted -> {
                registration = Registration.ACCEPTED;
                acceptedBoot = new AcceptedBoot(target, identity);
                adoptHeartbeatInterval(response.interval());
                succeeded();
            }
            case Pending -> {
                // Pending keeps the link and is not a failed attempt: the central system may be configuring us
                registration = Registration.PENDING;
                lastError = Diagnoses.bootPending(response.interval(), clock.now(), failures);
            }
            case Rejected -> {
                registration = Registration.REJECTED;
                LastError rejected = Diagnoses.bootRejected(response.interval(), clock.now(), failures + 1);
                lastError = rejected;
                if (trials.active()) {
                    session.close(1000, "registration rejected");
                    session = null;
                    connectedSince = null;
                    attemptFailed(rejected);
                }
            }
        }
        publish();
    }

    /** S16 §4.2: Accepted's interval becomes the heartbeat interval (written as the station, audited). */
    private void adoptHeartbeatInterval(int interval) {
        if (interval > 0 && interval != settings.current().intValue("heartbeatInterval")) {
            try {
                changes.apply(ChangeRequest.fromText(org.stationconfig.auth.Actor.system(), "heartbeatInterval",
                        Integer.toString(Math.min(interval, 86400))));
            } catch (RuntimeException e) {
                LOG.warn("Could not adopt the heartbeat interval {} s", interval, e);
            }
        }
    }

    @Override
    public void bootFailed(OcppSession from, LastError error) {
        if (from == session) {
            lastError = error;
            publish();
        }
    }

    @Override
    public void firstAnswer(OcppSession from) {
        if (from == session && !from.bootDue()) {
            succeeded();
            publish();
        }
    }

    @Override
    public void heartbeatAnswered(OcppSession from, Instant at) {
        if (from == session) {
            lastHeartbeatAt = at;
            publish();
        }
    }

    @Override
    public void callUnanswered(OcppSession from, LastError error) {
        if (from == session) {
            lastError = error;
            publish();
        }
    }

    @Override
    public void ended(OcppSession from, LastError reason) {
        if (from != session) {
            return;
        }
        session = null;
        connectedSince = null;
        LOG.info("Connection lost: {}", reason.message());
        attemptFailed(reason);
    }

    @Override
    public <R> CompletableFuture<R> call(OcppRequest<R> request) {
        return send(request, false);
    }

    @Override
    public <R> CompletableFuture<R> callTriggered(OcppRequest<R> request) {
        return send(request, true);
    }

    private <R> CompletableFuture<R> send(OcppRequest<R> request, boolean triggered) {
        CompletableFuture<R> result = new CompletableFuture<>();
        thread.execute(() -> {
            boolean registered = registration == Registration.ACCEPTED || triggered && registration == Registration.PENDING;
            if (session == null || !registered) {
                result.completeExceptionally(new NotConnectedException("not connected to the central system"));
                return;
            }
            session.call(request).whenComplete((response, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(response);
                }
            });
        });
        return result;
    }

    @Override
    public void triggerBootNotification() {
        thread.execute(() -> {
            if (session != null) {
                session.triggerBoot();
            }
        });
    }

    @Override
    public void triggerHeartbeat() {
        thread.execute(() -> {
            if (session != null) {
                session.triggerHeartbeat();
            }
        });
    }

    /** A reboot as the central system sees it: connect again and register with a new BootNotification. */
    @Override
    public void restart(String reason) {
        thread.execute(() -> {
            LOG.info("Restarting the OCPP connection: {}", reason);
            stop(reason);
            acceptedBoot = null;
            registration = Registration.NONE;
            failures = 0;
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
            failures = 0;
            registration = registrationFor(target);
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
        thread.execute(() -> {
            if (session != null) {
                session.outboxChanged();
            }
        });
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
        reading = new Reading(state, registration, lastError, connectedSince, lastHeartbeatAt, nextRetryAt,
                trials.status(fallbackError), clock.status());
        events.publishEvent(new ConnectionChanged(reading));
    }

    private void stop(String why) {
        cancelRetry();
        generation++;
        if (session != null) {
            session.close(1000, why);
            session = null;
        }
        connectedSince = null;
    }

    private void cancelRetry() {
        if (retryTimer != null) {
            retryTimer.cancel();
            retryTimer = null;
        }
        nextRetryAt = null;
    }

    @PreDestroy
    void shutDown() throws Exception {
        thread.submit(() -> stop("station stopping")).get(5, java.util.concurrent.TimeUnit.SECONDS);
    }
}
