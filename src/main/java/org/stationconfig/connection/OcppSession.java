package org.stationconfig.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.stationconfig.ocpp.rpc.CallErrorException;
import org.stationconfig.ocpp.rpc.RpcEndpoint;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.rpc.Transport;
import org.stationconfig.ocpp.session.Backoff;
import org.stationconfig.ocpp.session.BehindOutbox;
import org.stationconfig.ocpp.session.InOrder;
import org.stationconfig.ocpp.session.OutboxPump;
import org.stationconfig.ocpp.transport.LinkListener;
import org.stationconfig.ocpp.transport.OcppLink;
import org.stationconfig.ocpp.v16.ActionTable;
import org.stationconfig.ocpp.v16.core.BootNotification;
import org.stationconfig.ocpp.v16.core.Heartbeat;
import org.stationconfig.ocpp.v16.core.StatusNotification;
import org.stationconfig.settings.Setting;

/**
 * One WebSocket connection's OCPP conversation (SPEC §5): BootNotification first when one is due, then the
 * StatusNotifications, Heartbeats when the link is quiet, WebSocket pings, and the outbox. Every method runs on the
 * OCPP thread; socket callbacks are handed over to it.
 */
final class OcppSession implements LinkListener {

    /** S16 §4.2: a Pending/Rejected interval of 0 means "choose one that does not flood". */
    static final int DEFAULT_BOOT_INTERVAL = 60;

    private final SessionContext context;
    private final SessionListener listener;
    private final BootNotification.Request identity;
    private final boolean bootDue;
    private final Backoff backoff;
    private final InOrder inOrder;
    private final BehindOutbox statusOrder;
    private OcppLink link;
    private RpcEndpoint rpc;
    private OutboxPump outbox;
    private Scheduler.Cancellable bootTimer;
    private Scheduler.Cancellable heartbeatTimer;
    private Scheduler.Cancellable pingTimer;
    private Scheduler.Cancellable pongTimer;
    private volatile Instant lastSentAt;
    private int bootFailures;
    private boolean bootInFlight;
    private boolean answered;
    private boolean ended;

    OcppSession(SessionContext context, SessionListener listener, BootNotification.Request identity, boolean bootDue,
                Backoff backoff) {
        this.context = context;
        this.listener = listener;
        this.identity = identity;
        this.bootDue = bootDue;
        this.backoff = backoff;
        this.inOrder = new InOrder(context.thread());
        this.statusOrder = new BehindOutbox(context.outbox());
    }

    /** The supervisor keeps the registration (the one place it is tracked); the session reads it there. */
    private Registration registration() {
        return listener.registration();
    }

    boolean bootDue() {
        return bootDue;
    }

    void opened(OcppLink openedLink) {
        inOrder.bindToCurrentThread();
        this.link = openedLink;
        this.lastSentAt = context.systemClock().instant();
        this.rpc = RpcEndpoint.builder(new LinkTransport(), ActionTable.v16(), context.scheduler())
                .handlers(context.handlers())
                .filter(new IncomingGate(this::registration))
                .invalidMessageListener(context.invalidMessages())
                .callTimeout(() -> Duration.ofSeconds(context.settings().current().get(Setting.MESSAGE_TIMEOUT)))
                .build();
        link.listen(this);
        schedulePing();
        if (bootDue) {
            sendBoot();
        } else {
            // J16 §5.4: a plain reconnect reports the connectors again, no new BootNotification
            accepted();
        }
    }

    // ---- boot

    private void sendBoot() {
        bootTimer = null;
        if (bootInFlight) {
            return; // the timer fired while a triggered one was on its way
        }
        bootInFlight = true;
        Instant sentAt = context.systemClock().instant();
        rpc.call(identity).whenComplete((response, error) -> inOrder.execute(() -> {
            bootInFlight = false;
            if (error == null) {
                context.clock().observe(response.currentTime(), sentAt, context.systemClock().instant());
                bootAnswered(response);
            } else {
                bootFailed(error);
            }
        }));
    }

    private void bootAnswered(BootNotification.Response response) {
        bootFailures = 0;
        listener.bootAnswered(this, response);
        if (ended) {
            return;
        }
        if (registration() == Registration.ACCEPTED) {
            accepted();
        } else {
            int interval = response.interval() > 0 ? response.interval() : DEFAULT_BOOT_INTERVAL;
            bootTimer = context.scheduler().schedule(Duration.ofSeconds(interval), () -> onThread(this::sendBoot));
        }
    }

    /** TriggerMessage(BootNotification) while Pending: the next one now, unless one is on its way already. */
    void triggerBoot() {
        if (!ended && registration() == Registration.PENDING && !bootInFlight) {
            cancel(bootTimer);
            sendBoot();
        }
    }

    private void bootFailed(Throwable error) {
        Throwable cause = unwrap(error);
        bootFailures++;
        Instant now = context.clock().now();
        LastError failure = cause instanceof CallErrorException callError
                ? new LastError("BOOT", "BOOT_TIMEOUT", "The central system answered the BootNotification with an error: "
                        + callError.getMessage(), "The central system could not process the registration; the station "
                        + "retries with back-off. Ask the operator if it persists.", now, bootFailures, null, null, null, null, null)
                : Diagnoses.bootTimeout(now, bootFailures);
        listener.bootFailed(this, failure);
        if (ended) {
            return;
        }
        var settings = context.settings().current();
        Duration wait = backoff.delay(bootFailures, settings.get(Setting.RECONNECT_INTERVAL), settings.get(Setting.RECONNECT_MAX_INTERVAL));
        bootTimer = context.scheduler().schedule(wait, () -> onThread(this::sendBoot));
    }

    // ---- accepted: status notifications, heartbeat, outbox

    private void accepted() {
        // behind what the outbox holds: a StopTransaction made offline goes before the Available that followed it
        for (StatusNotification.Request status : context.connectors().statuses(context.clock().now())) {
            statusOrder.send(() -> rpc.call(status)).whenComplete((response, error) -> inOrder.execute(() -> {
                if (error == null) {
                    firstAnswer();
                }
            }));
        }
        scheduleHeartbeat();
        outbox = new OutboxPump(context.outbox(), rpc, context.scheduler(), inOrder, context.systemClock(),
                answer -> {
                    firstAnswer();
                    context.outboxAnswers().accept(answer);
                }, statusOrder::release, message -> listener.callUnanswered(this,
                        Diagnoses.callTimeout(message, context.settings().current(), context.clock().now())));
        outbox.wake();
    }

    private void firstAnswer() {
        if (!answered && !ended) {
            answered = true;
            listener.firstAnswer(this);
        }
    }

    /**
     * A CALL on behalf of station logic, on this link. Once Accepted a StatusNotification waits for the outbox
     * messages queued before it (while Pending the outbox sends nothing, and a triggered status goes at once).
     */
    <R> CompletableFuture<R> call(org.stationconfig.ocpp.rpc.OcppRequest<R> request) {
        if (request instanceof StatusNotification.Request && registration() == Registration.ACCEPTED) {
            return statusOrder.send(() -> rpc.call(request));
        }
        return rpc.call(request);
    }

    /** A new outbox message or a changed setting: let the pump look again. */
    void outboxChanged() {
        if (outbox != null && !ended) {
            outbox.wake();
            statusOrder.release();
        }
    }

    private void scheduleHeartbeat() {
        cancel(heartbeatTimer);
        heartbeatTimer = null;
        int interval = context.settings().current().get(Setting.HEARTBEAT_INTERVAL);
        if (interval <= 0 || ended || registration() != Registration.ACCEPTED) {
            return;
        }
        // HeartbeatInterval: seconds without any OCPP traffic after which the CP sends a Heartbeat
        Duration quiet = Duration.between(lastSentAt, context.systemClock().instant());
        Duration wait = Duration.ofSeconds(interval).minus(quiet);
        heartbeatTimer = context.scheduler().schedule(wait.isNegative() ? Duration.ZERO : wait, () -> onThread(this::heartbeatDue));
    }

    private void heartbeatDue() {
        int interval = context.settings().current().get(Setting.HEARTBEAT_INTERVAL);
        if (Duration.between(lastSentAt, context.systemClock().instant()).getSeconds() >= interval) {
            sendHeartbeat();
        }
        scheduleHeartbeat();
    }

    /** TriggerMessage(Heartbeat): one now, also while Pending (S16 §4.2.1 allows what a trigger asks for). */
    void triggerHeartbeat() {
        if (!ended) {
            sendHeartbeat();
        }
    }

    private void sendHeartbeat() {
        Instant sentAt = context.systemClock().instant();
        rpc.call(new Heartbeat.Request()).whenComplete((response, error) -> inOrder.execute(() -> {
            if (error == null) {
                Instant receivedAt = context.systemClock().instant();
                context.clock().observe(response.currentTime(), sentAt, receivedAt);
                listener.heartbeatAnswered(this, context.clock().now());
                firstAnswer();
            }
        }));
    }

    // ---- liveness: WebSocket ping

    private void schedulePing() {
        cancel(pingTimer);
        pingTimer = null;
        int interval = context.settings().current().get(Setting.CONNECTION_CHECK_INTERVAL);
        if (interval > 0 && !ended) {
            pingTimer = context.scheduler().schedule(Duration.ofSeconds(interval), () -> onThread(this::ping));
        }
    }

    private void ping() {
        if (ended) {
            return;
        }
        if (pongTimer == null) {
            int deadline = pongDeadline();
            pongTimer = context.scheduler().schedule(Duration.ofSeconds(deadline), () -> onThread(() -> pongMissing(deadline)));
            link.ping();
        }
        schedulePing();
    }

    /** No pong by the next ping or the message timeout, whichever is sooner, and the link is dead. */
    private int pongDeadline() {
        var settings = context.settings().current();
        return Math.max(1, Math.min(settings.get(Setting.CONNECTION_CHECK_INTERVAL), settings.get(Setting.MESSAGE_TIMEOUT)));
    }

    private void pongMissing(int seconds) {
        if (!ended) {
            end(Diagnoses.pingTimeout(seconds, context.clock().now(), 1));
            link.close(1001, "no pong");
        }
    }

    /** Intervals changed: apply them from now on. */
    void retune() {
        if (!ended) {
            schedulePing();
            scheduleHeartbeat();
            outboxChanged();
        }
    }

    // ---- socket events (Netty thread → OCPP thread)

    @Override
    public void onText(String text) {
        onThread(() -> {
            if (!ended) {
                rpc.onText(text);
            }
        });
    }

    @Override
    public void onPong() {
        onThread(() -> {
            cancel(pongTimer);
            pongTimer = null;
        });
    }

    @Override
    public void onClosed(int code, String reason) {
        onThread(() -> end(Diagnoses.closedByServer(code, reason, context.clock().now(), 1)));
    }

    /** Closes on purpose (settings changed, station stopping); the supervisor hears no {@code ended}. */
    void close(int code, String reason) {
        if (ended) {
            return;
        }
        ended = true;
        stopEverything();
        if (link != null) {
            link.close(code, reason);
        }
    }

    private void end(LastError reason) {
        if (ended) {
            return;
        }
        ended = true;
        stopEverything();
        listener.ended(this, reason);
    }

    private void stopEverything() {
        cancel(bootTimer);
        cancel(heartbeatTimer);
        cancel(pingTimer);
        cancel(pongTimer);
        if (outbox != null) {
            outbox.stop();
        }
        statusOrder.drop();
        if (rpc != null) {
            rpc.connectionLost();
        }
    }

    private void onThread(Runnable task) {
        context.thread().execute(task);
    }

    private static void cancel(Scheduler.Cancellable timer) {
        if (timer != null) {
            timer.cancel();
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** Sends through the link and notes the time: a Heartbeat is due only after a quiet interval. */
    private final class LinkTransport implements Transport {
        @Override
        public void send(String text) {
            lastSentAt = context.systemClock().instant();
            CompletableFuture<String> sent = link.send(text);
            // a frame that cannot be written means the socket is gone: fail everything now, not at the timeouts
            sent.exceptionally(error -> {
                onThread(() -> end(Diagnoses.closedByServer(1006, "the connection broke while sending",
                        context.clock().now(), 1)));
                return null;
            });
        }

        @Override
        public void close(int code, String reason) {
            link.close(code, reason);
        }
    }
}
