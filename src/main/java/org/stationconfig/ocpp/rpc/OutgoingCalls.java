package org.stationconfig.ocpp.rpc;

import io.micronaut.json.tree.JsonNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our CALLs on one connection: a FIFO queue with one CALL in flight (OCPP-J §4.1.1: no new CALL until the
 * previous one is answered or timed out), a timeout per CALL, and correlation of replies by message id.
 * Futures are completed outside the lock, so their callbacks may call again.
 */
final class OutgoingCalls {

    private static final Logger LOG = LoggerFactory.getLogger(OutgoingCalls.class);

    private final Consumer<Frame> sender;
    private final Scheduler scheduler;
    private final Supplier<Duration> timeout;
    private final Supplier<String> messageIds;
    private final PayloadReader reader;
    private final InvalidMessageListener listener;

    private final Object lock = new Object();
    private final Deque<Pending> queue = new ArrayDeque<>();
    private Pending inFlight;
    private boolean closed;

    OutgoingCalls(Consumer<Frame> sender, Scheduler scheduler, Supplier<Duration> timeout,
                  Supplier<String> messageIds, PayloadReader reader, InvalidMessageListener listener) {
        this.sender = sender;
        this.scheduler = scheduler;
        this.timeout = timeout;
        this.messageIds = messageIds;
        this.reader = reader;
        this.listener = listener;
    }

    CompletableFuture<Object> enqueue(Action<?, ?> action, JsonNode payload) {
        Pending call = new Pending(action, payload);
        List<Runnable> after = new ArrayList<>();
        synchronized (lock) {
            if (closed) {
                after.add(() -> call.future.completeExceptionally(new ConnectionLostException("connection is closed", null)));
            } else {
                queue.add(call);
                sendNext(after);
            }
        }
        after.forEach(Runnable::run);
        return call.future;
    }

    /** Handles a CALLRESULT or CALLERROR. An unknown id (e.g. a reply after its timeout) is logged and ignored. */
    void onReply(Frame reply) {
        Pending call = takeInFlight(reply.messageId());
        if (call == null) {
            LOG.warn("Ignoring a reply with unknown message id {}", LogText.excerpt(reply.messageId()));
            return;
        }
        if (reply instanceof CallError error) {
            call.future.completeExceptionally(new CallErrorException(error.errorCode(), error.errorDescription(), error.errorDetails()));
            return;
        }
        try {
            call.future.complete(reader.read(((CallResult) reply).payload(), call.action.responseType()));
        } catch (InvalidPayloadException e) {
            LOG.warn("Invalid {} response: {}", call.action.name(), e.getMessage());
            listener.onInvalidMessage(new InvalidMessage(call.action.name() + " response: " + e.errorDescription(), e.errorCode(), ""));
            call.future.completeExceptionally(e);
        } catch (RuntimeException e) {
            call.future.completeExceptionally(e);
        }
    }

    /** A reply we could not parse but whose id we could read: fail that call now rather than at its timeout. */
    void onMalformedReply(String messageId, ErrorCode code, String reason) {
        Pending call = takeInFlight(messageId);
        if (call != null) {
            call.future.completeExceptionally(new CallErrorException(code, reason));
        }
    }

    /** Java-OCA-OCPP #121: every pending and queued future is failed at once, none is left hanging. */
    void connectionLost(Throwable cause) {
        List<Pending> failed = new ArrayList<>();
        synchronized (lock) {
            closed = true;
            if (inFlight != null) {
                inFlight.timer.cancel();
                failed.add(inFlight);
                inFlight = null;
            }
            failed.addAll(queue);
            queue.clear();
        }
        failed.forEach(call -> call.future.completeExceptionally(
                new ConnectionLostException("connection lost before " + call.action.name() + " was answered", cause)));
    }

    private Pending takeInFlight(String messageId) {
        List<Runnable> after = new ArrayList<>();
        Pending call;
        synchronized (lock) {
            if (inFlight == null || !inFlight.messageId.equals(messageId)) {
                return null;
            }
            call = inFlight;
            call.timer.cancel();
            inFlight = null;
            sendNext(after);
        }
        after.forEach(Runnable::run);
        return call;
    }

    private void onTimeout(Pending call, Duration after) {
        List<Runnable> then = new ArrayList<>();
        synchronized (lock) {
            if (inFlight != call) {
                return; // answered or failed meanwhile
            }
            inFlight = null;
            then.add(() -> call.future.completeExceptionally(new CallTimeoutException(call.action.name(), call.messageId, after)));
            sendNext(then);
        }
        then.forEach(Runnable::run);
    }

    /** Must hold the lock. The timer is armed before sending, so a reply arriving during send finds it. */
    private void sendNext(List<Runnable> after) {
        while (inFlight == null && !queue.isEmpty() && !closed) {
            Pending call = queue.poll();
            if (call.future.isDone()) {
                continue; // cancelled by its caller while queued
            }
            call.messageId = messageIds.get();
            if (call.messageId == null || call.messageId.isEmpty() || call.messageId.length() > Frame.MAX_MESSAGE_ID_LENGTH) {
                after.add(() -> call.future.completeExceptionally(new IllegalStateException("message id must have 1 to 36 characters")));
                continue;
            }
            Duration limit = timeout.get();
            inFlight = call;
            call.timer = scheduler.schedule(limit, () -> onTimeout(call, limit));
            try {
                sender.accept(new Call(call.messageId, call.action.name(), call.payload));
            } catch (RuntimeException e) {
                call.timer.cancel();
                inFlight = null;
                after.add(() -> call.future.completeExceptionally(new ConnectionLostException("sending " + call.action.name() + " failed", e)));
            }
        }
    }

    private static final class Pending {
        final Action<?, ?> action;
        final JsonNode payload;
        final CompletableFuture<Object> future = new CompletableFuture<>();
        String messageId;
        Scheduler.Cancellable timer;

        Pending(Action<?, ?> action, JsonNode payload) {
            this.action = action;
            this.payload = payload;
        }
    }
}
