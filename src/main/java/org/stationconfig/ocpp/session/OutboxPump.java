package org.stationconfig.ocpp.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.outbox.Failure;
import org.stationconfig.ocpp.outbox.OutboundMessage;
import org.stationconfig.ocpp.outbox.OutboxAnswer;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.rpc.CallErrorException;
import org.stationconfig.ocpp.rpc.CallTimeoutException;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.rpc.PayloadReader;
import org.stationconfig.ocpp.rpc.PayloadWriter;
import org.stationconfig.ocpp.rpc.RpcEndpoint;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.v16.ActionTable;

/**
 * Delivers the durable outbox over one Accepted connection: one message at a time, each outcome reported back so the
 * outbox can count attempts (CALLERROR, no answer) or not (connection lost). Runs on the OCPP thread.
 */
public final class OutboxPump {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPump.class);

    private final TransactionOutbox outbox;
    private final RpcEndpoint rpc;
    private final Scheduler scheduler;
    private final Executor thread;
    private final Clock clock;
    private final java.util.function.Consumer<OutboxAnswer> answers;
    private final Runnable progressed;
    private final java.util.function.Consumer<OutboundMessage> unanswered;
    private final PayloadReader reader = new PayloadReader();
    private final PayloadWriter writer = new PayloadWriter();
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void send(OutboundMessage message) {
        OcppRequest<?> request;
        try {
            Class<?> type = ActionTable.v16().definition(message.action()).orElseThrow().requestType();
            request = (OcppRequest<?>) reader.read(JsonText.parse(message.payload()), type);
        } catch (Exception e) {
            // a stored message we cannot read back would block the queue forever: count it as failed, it parks
            LOG.error("Outbox message {} ({}) cannot be read back", message.id(), message.action(), e);
            outbox.failed(message.id(), Failure.CALL_ERROR, "stored payload unreadable");
        wake();
            progressed.run();
            return;
        }
        sending = true;
        rpc.call((OcppRequest) request).whenComplete((response, error) -> thread.execute(() -> {
            sending = false;
            outcome(message, response, (Throwable) error);
        wake();
            progressed.run();
        }));
    }

    private void outcome(OutboundMessage message, Object response, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause == null) {
            String answer = JsonText.write(writer.write(response));
            outbox.answered(message.id(), answer);
            answers.accept(new OutboxAnswer(message.id(), message.action(), message.localTransactionId(),
                    message.payload(), answer));
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
