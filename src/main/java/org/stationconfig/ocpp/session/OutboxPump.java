package org.stationconfig.ocpp.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.stationconfig.ocpp.outbox.Failure;
import org.stationconfig.ocpp.outbox.OutboundMessage;
import org.stationconfig.ocpp.outbox.OutboxAnswer;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.rpc.Action;
import org.stationconfig.ocpp.rpc.CallErrorException;
import org.stationconfig.ocpp.rpc.CallTimeoutException;
import org.stationconfig.ocpp.rpc.RpcEndpoint;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.v16.ActionTable;

/**
 * Delivers the durable outbox over one Accepted connection: one message at a time, each outcome reported back so the
 * outbox can count attempts (CALLERROR, no answer) or not (connection lost). Runs on the OCPP thread.
 */
public final class OutboxPump {

    private final TransactionOutbox outbox;
    private final RpcEndpoint rpc;
    private final Scheduler scheduler;
    private final Executor thread;
    private final Clock clock;
    private final java.util.function.Consumer<OutboxAnswer> answers;
    private final Runnable progressed;
    private final java.util.function.Consumer<OutboundMessage> unanswered;
    private Scheduler.Cancellable timer;
    private boolean sending;
    private boolean stopped;

    /**
     * @param progressed told after every outcome, so what waits for the outbox to move on can look again
     * @param unanswered told when a message got no answer within MessageTimeout, so the status can name it
     */
    public OutboxPump(TransactionOutbox outbox, RpcEndpoint rpc, Scheduler scheduler, Executor thread, Clock clock,
               java.util.function.Consumer<OutboxAnswer> answers, Runnable progressed,
               java.util.function.Consumer<OutboundMessage> unanswered) {
        this.answers = answers;
        this.unanswered = unanswered;
        this.progressed = progressed;
        this.outbox = outbox;
        this.rpc = rpc;
        this.scheduler = scheduler;
        this.thread = thread;
        this.clock = clock;
    }

    /** Sends the next due message, or waits until one is due. Safe to call any time (a new message, a timer). */
    public void wake() {
        if (stopped || sending) {
            return;
        }
        cancelTimer();
        Instant now = clock.instant();
        Optional<OutboundMessage> next = outbox.next(now);
        if (next.isEmpty()) {
            outbox.nextDueAt().ifPresent(due ->
                    timer = scheduler.schedule(Duration.between(now, due).plusMillis(1), () -> thread.execute(this::wake)));
            return;
        }
        send(next.get());
    }

    public void stop() {
        stopped = true;
        cancelTimer();
    }

    private void send(OutboundMessage message) {
        Action<?, ?> action = ActionTable.v16().byName(message.action()).orElseThrow();
        sending = true;
        rpc.callChecked(action, message.payload()).whenComplete((response, error) -> thread.execute(() -> {
            sending = false;
            outcome(message, response, error);
            wake();
            progressed.run();
        }));
    }

    private void outcome(OutboundMessage message, Object response, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause == null) {
            outbox.answered(message.id(), response);
            answers.accept(new OutboxAnswer(message.id(), message.action(), message.localTransactionId(),
                    message.payload(), response));
        } else if (cause instanceof CallErrorException callError) {
            outbox.failed(message.id(), Failure.CALL_ERROR, callError.getMessage());
        } else if (cause instanceof CallTimeoutException) {
            outbox.failed(message.id(), Failure.NO_ANSWER, "no answer within the message timeout");
            unanswered.accept(message);
        } else {
            // connection lost (or stopped): time offline uses up no attempt
            outbox.interrupted(message.id());
            stopped = true;
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
