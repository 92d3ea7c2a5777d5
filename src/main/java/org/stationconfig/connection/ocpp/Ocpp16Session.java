package org.stationconfig.connection.ocpp;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.stationconfig.clock.StationClock;
import org.stationconfig.connection.Diagnoses;
import org.stationconfig.connection.LinkSession;
import org.stationconfig.connection.Registration;
import org.stationconfig.connection.SessionListener;
import org.stationconfig.ocpp.outbox.OutboundMessage;
import org.stationconfig.ocpp.rpc.CallErrorException;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.session.OcppSession;
import org.stationconfig.ocpp.session.SessionEvents;
import org.stationconfig.ocpp.session.SessionRegistration;
import org.stationconfig.ocpp.transport.OcppLink;
import org.stationconfig.ocpp.v16.core.BootNotification;
import org.stationconfig.settings.SettingsStore;

/**
 * One OCPP 1.6J session as the supervisor sees it: drives the machinery's {@link OcppSession} and turns what it
 * reports (a BootNotification answer, a missing pong, a close) into the connection's terms and the status's last
 * error. On the OCPP thread, like the session.
 */
final class Ocpp16Session implements LinkSession, SessionEvents {

    private final SessionListener listener;
    private final StationClock clock;
    private final SettingsStore settings;
    private final OcppSession session;

    Ocpp16Session(SessionListener listener, StationClock clock, SettingsStore settings,
                  Function<SessionEvents, OcppSession> session) {
        this.listener = listener;
        this.clock = clock;
        this.settings = settings;
        this.session = session.apply(this);
    }

    // ---- what the supervisor asks

    @Override
    public void opened(OcppLink link) {
        session.opened(link);
    }

    @Override
    public boolean bootDue() {
        return session.bootDue();
    }

    @Override
    public void triggerBoot() {
        session.triggerBoot();
    }

    @Override
    public void triggerHeartbeat() {
        session.triggerHeartbeat();
    }

    @Override
    public <R> CompletableFuture<R> call(OcppRequest<R> request) {
        return session.call(request);
    }

    @Override
    public void outboxChanged() {
        session.outboxChanged();
    }

    @Override
    public void retune() {
        session.retune();
    }

    @Override
    public void close(int code, String reason) {
        session.close(code, reason);
    }

    // ---- what the session reports

    @Override
    public SessionRegistration registration() {
        return switch (listener.registration()) {
            case NONE -> SessionRegistration.NONE;
            case ACCEPTED -> SessionRegistration.ACCEPTED;
            case PENDING -> SessionRegistration.PENDING;
            case REJECTED -> SessionRegistration.REJECTED;
        };
    }

    @Override
    public void bootAnswered(BootNotification.Response response) {
        Registration answer = switch (response.status()) {
            case Accepted -> Registration.ACCEPTED;
            case Pending -> Registration.PENDING;
            case Rejected -> Registration.REJECTED;
        };
        listener.bootAnswered(this, answer, response.interval());
    }

    @Override
    public void bootFailed(Throwable cause, int failuresInARow) {
        String callError = cause instanceof CallErrorException error ? error.getMessage() : null;
        listener.bootFailed(this, Diagnoses.bootFailed(callError, clock.now(), failuresInARow));
    }

    @Override
    public void firstAnswer() {
        listener.firstAnswer(this);
    }

    @Override
    public void heartbeatAnswered(Instant at) {
        listener.heartbeatAnswered(this, at);
    }

    @Override
    public void callUnanswered(OutboundMessage message) {
        listener.callUnanswered(this, Diagnoses.callTimeout(message, settings.current(), clock.now()));
    }

    @Override
    public void closed(int code, String reason) {
        listener.ended(this, Diagnoses.closedByServer(code, reason, clock.now(), 1));
    }

    @Override
    public void pongMissing(int seconds) {
        listener.ended(this, Diagnoses.pingTimeout(seconds, clock.now(), 1));
    }
}
