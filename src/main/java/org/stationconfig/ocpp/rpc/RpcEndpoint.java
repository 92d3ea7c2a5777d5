package org.stationconfig.ocpp.rpc;

import io.micronaut.json.tree.JsonNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One OCPP-J connection's RPC: our CALLs out (typed futures, one in flight, timeouts) and the peer's CALLs in
 * (dispatched by a {@link HandlerTable}). Create one per WebSocket connection; feed it every received text
 * with {@link #onText} and call {@link #connectionLost} when the socket closes.
 */
public final class RpcEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(RpcEndpoint.class);

    private final Transport transport;
    private final ActionCatalog catalog;
    private final IncomingCallFilter filter;
    private final InvalidMessageListener listener;
    private final FrameCodec codec = new FrameCodec();
    private final PayloadReader reader = new PayloadReader();
    private final PayloadWriter writer = new PayloadWriter();
    private final OutgoingCalls outgoing;
    private final IncomingCalls incoming;

    private RpcEndpoint(Builder b) {
        this.transport = b.transport;
        this.catalog = b.catalog;
        this.filter = b.filter;
        this.listener = b.listener;
        this.outgoing = new OutgoingCalls(this::send, b.scheduler, b.callTimeout, b.messageIds, reader, listener);
        this.incoming = new IncomingCalls(catalog, b.handlers, filter, reader, writer, this::send, listener,
                b.scheduler, b.callTimeout);
    }

    public static Builder builder(Transport transport, ActionCatalog catalog, Scheduler scheduler) {
        return new Builder(transport, catalog, scheduler);
    }

    /**
     * Sends a CALL once every earlier one is answered or timed out. The future completes with the response, or
     * fails with {@link CallErrorException} (CALLERROR reply, or an invalid response: {@link InvalidPayloadException}),
     * {@link CallTimeoutException} or {@link ConnectionLostException}. It completes on the thread that received the
     * reply or ran the timeout: do not block in its callbacks.
     */
    @SuppressWarnings("unchecked")
    public <R> CompletableFuture<R> call(OcppRequest<R> request) {
        Optional<Action<?, ?>> action = catalog.byRequestType(request.getClass());
        if (action.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no action for " + request.getClass().getName()));
        }
        JsonNode payload;
        try {
            payload = writer.write(request);
            reader.read(payload, action.get().requestType()); // our own message must meet the same constraints
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return (CompletableFuture<R>) outgoing.enqueue(action.get(), payload);
    }

    /**
     * Like {@link #call}, for a payload already checked against {@code action}'s request constraints (the outbox
     * checks a message once, when it is queued): sent as it is, not written and read back again.
     */
    @SuppressWarnings("unchecked")
    public <R> CompletableFuture<R> callChecked(Action<?, R> action, JsonNode payload) {
        return (CompletableFuture<R>) outgoing.enqueue(action, payload);
    }

    /** Handles one received text frame. Never throws: bad input is answered, reported and logged. */
    public void onText(String text) {
        try {
            if (LOG.isDebugEnabled()) { // the excerpt (masking, escaping) is built only when it is logged
                LOG.debug("Received {}", LogText.excerpt(text));
            }
            DecodeResult decoded = codec.decode(text);
            if (decoded instanceof DecodeResult.Valid valid) {
                route(valid.frame());
            } else if (decoded instanceof DecodeResult.Ignored ignored) {
                reject(ignored.reason(), null, text);
            } else if (decoded instanceof DecodeResult.Malformed malformed) {
                onMalformed(malformed, text);
            }
        } catch (RuntimeException | Error e) {
            // an Error too: the OCPP thread must outlive any one frame, and the failure must be seen
            LOG.error("Unexpected failure handling a received message {}", LogText.excerpt(text), e);
        }
    }

    /** The socket is gone: fail every pending and queued call, drop answers still being computed. */
    public void connectionLost() {
        incoming.close();
        outgoing.connectionLost(null);
    }

    private void route(Frame frame) {
        if (frame instanceof Call call) {
            incoming.onCall(call);
        } else {
            outgoing.onReply(frame);
        }
    }

    private void onMalformed(DecodeResult.Malformed malformed, String text) {
        reject(malformed.reason(), malformed.code(), text);
        boolean isReply = malformed.kind() == DecodeResult.Kind.CALL_RESULT || malformed.kind() == DecodeResult.Kind.CALL_ERROR;
        if (isReply && malformed.messageId() != null) {
            outgoing.onMalformedReply(malformed.messageId(), malformed.code(), malformed.reason());
        }
        if (filter.answerMalformed()) {
            malformed.reply().ifPresent(this::sendQuietly);
        }
    }

    private void reject(String reason, ErrorCode code, String text) {
        String excerpt = LogText.excerpt(text);
        LOG.warn("Invalid OCPP-J message ({}): {}", reason, excerpt);
        listener.onInvalidMessage(new InvalidMessage(reason, code, excerpt));
    }

    private void send(Frame frame) {
        String text = codec.encode(frame);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Sending {}", LogText.excerpt(text));
        }
        transport.send(text);
    }

    private void sendQuietly(Frame frame) {
        try {
            send(frame);
        } catch (RuntimeException e) {
            LOG.warn("Could not send {}: {}", frame.messageId(), e.toString());
        }
    }

    public static final class Builder {
        private final Transport transport;
        private final ActionCatalog catalog;
        private final Scheduler scheduler;
        private HandlerTable handlers = HandlerTable.empty();
        private IncomingCallFilter filter = IncomingCallFilter.ALLOW_ALL;
        private InvalidMessageListener listener = InvalidMessageListener.NONE;
        private Supplier<Duration> callTimeout = () -> Duration.ofSeconds(30);
        private Supplier<String> messageIds = MessageIds::random;

        private Builder(Transport transport, ActionCatalog catalog, Scheduler scheduler) {
            this.transport = Objects.requireNonNull(transport);
            this.catalog = Objects.requireNonNull(catalog);
            this.scheduler = Objects.requireNonNull(scheduler);
        }

        public Builder handlers(HandlerTable handlers) {
            this.handlers = Objects.requireNonNull(handlers);
            return this;
        }

        public Builder filter(IncomingCallFilter filter) {
            this.filter = Objects.requireNonNull(filter);
            return this;
        }

        public Builder invalidMessageListener(InvalidMessageListener listener) {
            this.listener = Objects.requireNonNull(listener);
            return this;
        }

        /** Read at each send, so a changed MessageTimeout applies to the next CALL. */
        public Builder callTimeout(Supplier<Duration> callTimeout) {
            this.callTimeout = Objects.requireNonNull(callTimeout);
            return this;
        }

        /** Default: random version-4 UUIDs (36 chars, the OCPP-J maximum). */
        public Builder messageIds(Supplier<String> messageIds) {
            this.messageIds = Objects.requireNonNull(messageIds);
            return this;
        }

        public RpcEndpoint build() {
            return new RpcEndpoint(this);
        }

    }
}
