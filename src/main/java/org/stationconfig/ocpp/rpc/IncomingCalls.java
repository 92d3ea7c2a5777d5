package org.stationconfig.ocpp.rpc;

import io.micronaut.json.tree.JsonNode;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CALLs from the central system: filter, look up, read the payload, run the handler, answer. Every well-formed
 * CALL gets exactly one answer unless the filter drops it. Handlers may answer later; the answer is sent from
 * whichever thread completes them. Whatever a handler throws, an {@link Error} included, the CALL is answered
 * (InternalError); a handler that has not answered by its deadline ({@link #deadline}) is answered InternalError
 * then, and its late answer is dropped.
 */
final class IncomingCalls {

    private static final Logger LOG = LoggerFactory.getLogger(IncomingCalls.class);

    /** Fixed text: a handler's own exception message never reaches the wire. */
    static final String INTERNAL_ERROR_TEXT = "An internal error occurred";

    /** The least time a handler gets before its CALL is answered InternalError (MessageTimeout if that is longer). */
    static final Duration MIN_HANDLER_DEADLINE = Duration.ofSeconds(30);

    private final ActionCatalog catalog;
    private final HandlerTable handlers;
    private final IncomingCallFilter filter;
    private final PayloadReader reader;
    private final PayloadWriter writer;
    private final Consumer<Frame> sender;
    private final InvalidMessageListener listener;
    private final Scheduler scheduler;
    private final Supplier<Duration> messageTimeout;
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    IncomingCalls(ActionCatalog catalog, HandlerTable handlers, IncomingCallFilter filter, PayloadReader reader,
                  PayloadWriter writer, Consumer<Frame> sender, InvalidMessageListener listener, Scheduler scheduler,
                  Supplier<Duration> messageTimeout) {
        this.catalog = catalog;
        this.handlers = handlers;
        this.filter = filter;
        this.reader = reader;
        this.writer = writer;
        this.sender = sender;
        this.listener = listener;
        this.scheduler = scheduler;
        this.messageTimeout = messageTimeout;
    }

    void onCall(Call call) {
        FilterDecision decision;
        try {
            decision = filter.check(call.action());
        } catch (RuntimeException | Error e) {
            LOG.error("Incoming call filter failed on {} ({})", call.action(), call.messageId(), e);
            decision = FilterDecision.fail(ErrorCode.InternalError, INTERNAL_ERROR_TEXT);
        }
        if (decision instanceof FilterDecision.Drop) {
            LOG.debug("Dropping {} ({}) as the session asks", call.action(), call.messageId());
            return;
        }
        // OCPP-J §4.2.3 (EJ 3.2): a CALL whose id is already being handled is malformed
        if (!inProgress.add(call.messageId())) {
            send(new CallError(call.messageId(), ErrorCode.ProtocolError, "a CALL with this message id is still being handled"));
            return;
        }
        if (decision instanceof FilterDecision.Fail fail) {
            finish(new CallError(call.messageId(), fail.code(), fail.description()));
            return;
        }
        Optional<Action<?, ?>> action = catalog.byName(call.action());
        if (action.isEmpty()) {
            finish(new CallError(call.messageId(), ErrorCode.NotImplemented, "unknown action"));
            return;
        }
        if (decision instanceof FilterDecision.Reply reply) {
            finish(result(call, action.get(), reply.response()));
            return;
        }
        dispatch(call, action.get());
    }

    /** After the connection is gone, late handler answers are dropped instead of written to a dead transport. */
    void close() {
        closed = true;
    }

    private void dispatch(Call call, Action<?, ?> action) {
        Optional<HandlerTable.Registration<?, ?>> registration = handlers.lookup(action.name());
        if (registration.isEmpty()) {
            finish(new CallError(call.messageId(), ErrorCode.NotSupported, "action not supported"));
            return;
        }
        Object request;
        try {
            request = reader.read(call.payload(), action.requestType());
        } catch (InvalidPayloadException e) {
            LOG.warn("Invalid {} request {}: {}", call.action(), call.messageId(), e.errorDescription());
            listener.onInvalidMessage(new InvalidMessage(call.action() + " request: " + e.errorDescription(), e.errorCode(), ""));
            finish(e.toFrame(call.messageId()));
            return;
        } catch (RuntimeException | Error e) {
            LOG.error("Cannot read {} ({})", call.action(), call.messageId(), e);
            finish(new CallError(call.messageId(), ErrorCode.InternalError, INTERNAL_ERROR_TEXT));
            return;
        }
        AtomicBoolean answered = new AtomicBoolean();
        CompletableFuture<Object> handled = invoke(registration.get(), request);
        if (!handled.isDone()) {
            Duration deadline = deadline();
            Scheduler.Cancellable watchdog = scheduler.schedule(deadline, () -> {
                if (answered.compareAndSet(false, true)) {
                    LOG.error("Handler for {} ({}) did not answer within {} s", call.action(), call.messageId(),
                            deadline.toSeconds());
                    finish(new CallError(call.messageId(), ErrorCode.InternalError, INTERNAL_ERROR_TEXT));
                }
            });
            handled.whenComplete((response, failure) -> watchdog.cancel());
        }
        handled.whenComplete((response, failure) -> {
            if (answered.compareAndSet(false, true)) {
                finish(answer(call, action, response, failure));
            } else {
                LOG.warn("Handler for {} ({}) answered after its deadline; the answer is dropped", call.action(), call.messageId());
            }
        });
    }

    private Duration deadline() {
        try {
            Duration timeout = messageTimeout.get();
            return timeout.compareTo(MIN_HANDLER_DEADLINE) > 0 ? timeout : MIN_HANDLER_DEADLINE;
        } catch (RuntimeException e) {
            return MIN_HANDLER_DEADLINE;
        }
    }

    /** Never throws: whatever goes wrong while building the answer, the CALL still gets one. */
    private Frame answer(Call call, Action<?, ?> action, Object response, Throwable failure) {
        try {
            return failure == null ? result(call, action, response) : error(call, failure);
        } catch (RuntimeException | Error e) {
            LOG.error("Cannot answer {} ({})", call.action(), call.messageId(), e);
            return new CallError(call.messageId(), ErrorCode.InternalError, INTERNAL_ERROR_TEXT);
        }
    }

    @SuppressWarnings("unchecked")
    private static CompletableFuture<Object> invoke(HandlerTable.Registration<?, ?> registration, Object request) {
        CompletableFuture<Object> handled = new CompletableFuture<>();
        try {
            CompletionStage<Object> stage = ((CallHandler<Object, Object>) registration.handler()).handle(request);
            if (stage == null) {
                handled.completeExceptionally(new IllegalStateException("handler returned no stage"));
            } else {
                stage.whenComplete((response, failure) -> {
                    if (failure != null) {
                        handled.completeExceptionally(failure);
                    } else {
                        handled.complete(response);
                    }
                });
            }
        } catch (RuntimeException | Error e) {
            handled.completeExceptionally(e);
        }
        return handled;
    }

    /** The CALLRESULT, after checking our own response against its constraints (a bug here is an InternalError). */
    private Frame result(Call call, Action<?, ?> action, Object response) {
        try {
            if (!action.responseType().isInstance(response)) {
                throw new IllegalStateException("handler answered " + call.action() + " with "
                        + (response == null ? "null" : response.getClass().getName()));
            }
            JsonNode payload = writer.write(response);
            reader.read(payload, action.responseType());
            return new CallResult(call.messageId(), payload);
        } catch (RuntimeException e) {
            LOG.error("Cannot answer {} ({})", call.action(), call.messageId(), e);
            return new CallError(call.messageId(), ErrorCode.InternalError, INTERNAL_ERROR_TEXT);
        }
    }

    private static Frame error(Call call, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CallErrorException declared) {
            return declared.toFrame(call.messageId());
        }
        LOG.error("Handler for {} ({}) failed", call.action(), call.messageId(), cause);
        return new CallError(call.messageId(), ErrorCode.InternalError, INTERNAL_ERROR_TEXT);
    }

    private void finish(Frame answer) {
        inProgress.remove(answer.messageId());
        send(answer);
    }

    private void send(Frame answer) {
        if (closed) {
            LOG.debug("Connection closed; not answering {}", answer.messageId());
            return;
        }
        try {
            sender.accept(answer);
        } catch (RuntimeException | Error e) {
            LOG.warn("Could not send the answer to {}: {}", answer.messageId(), e.toString());
        }
    }
}
