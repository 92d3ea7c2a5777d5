package org.stationconfig.ocpp.session;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.stationconfig.ocpp.rpc.RpcEndpoint;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.rpc.Transport;
import org.stationconfig.ocpp.transport.LinkListener;
import org.stationconfig.ocpp.transport.OcppLink;
import org.stationconfig.ocpp.v16.ActionTable;
import org.stationconfig.ocpp.v16.core.BootNotification;
import org.stationconfig.ocpp.v16.core.Heartbeat;
import org.stationconfig.ocpp.v16.core.StatusNotification;

/**
 * One WebSocket connection's OCPP conversation (SPEC §5): BootNotification first when one is due, then the
 * StatusNotifications, Heartbeats when the link is quiet, WebSocket pings, and the outbox. Every method runs on the
 * OCPP thread; socket callbacks are handed over to it. What it needs from the station comes through the ports of
 * {@link SessionContext}; what happens is told to {@link SessionEvents}.
 */
public final class OcppSession implements LinkListener {

    /** S16 §4.2: a Pending/Rejected interval of 0 means "choose one that does not flood". */
    static final int DEFAULT_BOOT_INTERVAL = 60;

    private final SessionContext context;
    private final SessionEvents events;
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

    public OcppSession(SessionContext context, SessionEvents events, BootNotification.Request identity, boolean bootDue,
                       Backoff backoff) {
        this.context = context;
        this.events = events;
        this.identity = identity;
        this.bootDue = bootDue;
        this.backoff = backoff;
        this.inOrder = new InOrder(context.thread());
        this.statusOrder = new BehindOutbox(context.outbox());
    }

    /** The application keeps the registration (the one place it is tracked); the session reads it there. */
    private SessionRegistration registration() {
        return events.registration();
    }

    public boolean bootDue() {
        return bootDue;
    }

    public void opened(OcppLink openedLink) {
        inOrder.bindToCurrentThread();
        this.link = openedLink;
        this.lastSentAt = context.systemClock().instant();
        this.rpc = RpcEndpoint.builder(new LinkTransport(), ActionTable.v16(), context.scheduler())
                .handlers(context.handlers().get())
                .filter(new IncomingGate(this::registration))
                .invalidMessageListener(context.invalidMessages())
                .callTimeout(() -> Duration.ofSeconds(context.settings().messageTimeout()))
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
        events.bootAnswered(response);
        if (ended) {
            return;
        }
        if (registration() == SessionRegistration.ACCEPTED) {
            accepted();
        } else {
            int interval = response.interval() > 0 ? response.interval() : DEFAULT_BOOT_INTERVAL;
            bootTimer = context.scheduler().schedule(Duration.ofSeconds(interval), () -> onThread(this::sendBoot));
        }
    }

    /** TriggerMessage(BootNotification) while Pending: the next one now, unless one is on its way already. */
    public void triggerBoot() {
        if (!ended && registration() == SessionRegistration.PENDING && !bootInFlight) {
            cancel(bootTimer);
            sendBoot();
        }
    }

    private void bootFailed(Throwable error) {
        Throwable cause = unwrap(error);
        bootFailures++;
        events.bootFailed(cause, bootFailures);
        if (ended) {
            return;
        }
        SessionSettings settings = context.settings();
        Duration wait = backoff.delay(bootFailures, settings.reconnectInterval(), settings.reconnectMaxInterval());
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
                }, statusOrder::release, events::callUnanswered);
        outbox.wake();
    }

    private void firstAnswer() {
        if (!answered && !ended) {
            answered = true;
            events.firstAnswer();
        }
    }

    /**
     * A CALL on behalf of station logic, on this link. Once Accepted a StatusNotification waits for the outbox
     * messages queued before it (while Pending the outbox sends nothing, and a triggered status goes at once).
     */
    public <R> CompletableFuture<R> call(org.stationconfig.ocpp.rpc.OcppRequest<R> request) {
        if (request instanceof StatusNotification.Request && registration() == SessionRegistration.ACCEPTED) {
            return statusOrder.send(() -> rpc.call(request));
        }
        return rpc.call(request);
    }

    /** A new outbox message or a changed setting: let the pump look again. */
    public void outboxChanged() {
        if (outbox != null && !ended) {
            outbox.wake();
            statusOrder.release();
        }
    }

    private void scheduleHeartbeat() {
        cancel(heartbeatTimer);
        heartbeatTimer = null;
        int interval = context.settings().heartbeatInterval();
        if (interval <= 0 || ended || registration() != SessionRegistration.ACCEPTED) {
            return;
        }
        // HeartbeatInterval: seconds without any OCPP traffic after which the CP sends a Heartbeat
        Duration quiet = Duration.between(lastSentAt, context.systemClock().instant());
        Duration wait = Duration.ofSeconds(interval).minus(quiet);
        heartbeatTimer = context.scheduler().schedule(wait.isNegative() ? Duration.ZERO : wait, () -> onThread(this::heartbeatDue));
    }

    private void heartbeatDue() {
        int interval = context.settings().heartbeatInterval();
        if (Duration.between(lastSentAt, context.systemClock().instant()).getSeconds() >= interval) {
            sendHeartbeat();
        }
        scheduleHeartbeat();
    }

    /** TriggerMessage(Heartbeat): one now, also while Pending (S16 §4.2.1 allows what a trigger asks for). */
    public void triggerHeartbeat() {
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
                events.heartbeatAnswered(context.clock().now());
                firstAnswer();
            }
        }));
    }

    // ---- liveness: WebSocket ping

    private void schedulePing() {
        cancel(pingTimer);
        pingTimer = null;
        int interval = context.settings().connectionCheckInterval();
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
        SessionSettings settings = context.settings();
        return Math.max(1, Math.min(settings.connectionCheckInterval(), settings.messageTimeout()));
    }

    private void pongMissing(int seconds) {
        if (!ended) {
            end(() -> events.pongMissing(seconds));
            link.close(1001, "no pong");
        }
    }

    /** Intervals changed: apply them from now on. */
    public void retune() {
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
        onThread(() -> end(() -> events.closed(code, reason)));
    }

    /** Closes on purpose (settings changed, station stopping); the application hears no end. */
    public void close(int code, String reason) {
        if (ended) {
            return;
        }
        ended = true;
        stopEverything();
        if (link != null) {
            link.close(code, reason);
        }
    }

    /** The link ended by itself: stops everything and then tells why, once. */
    private void end(Runnable report) {
        if (ended) {
            return;
        }
        ended = true;
        stopEverything();
        report.run();
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
            CompletableFuture<?> sent = link.send(text);
            // a frame that cannot be written means the socket is gone: fail everything now, not at the timeouts
            sent.exceptionally(error -> {
                onThread(() -> end(() -> events.closed(1006, "the connection broke while sending")));
                return null;
            });
        }

        @Override
        public void close(int code, String reason) {
            link.close(code, reason);
        }
    }
}
