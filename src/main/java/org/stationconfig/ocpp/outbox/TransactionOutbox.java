package org.stationconfig.ocpp.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import io.micronaut.context.event.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.rpc.OcppRequest;

/**
 * The durable queue of transaction messages (SPEC §5). It has no timer and no socket: the session asks what is due
 * ({@link #next}), sends it, and reports the outcome ({@link #answered}, {@link #failed}, {@link #interrupted}).
 * Every change is committed before the call returns, synced to disk (synchronous=FULL) except a hand-out's mark
 * and most answers ({@link UnforcedCommits}, {@link AnswerSync}). See {@code package-info} for when a message
 * can reach the central system twice.
 */
@Singleton
public class TransactionOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionOutbox.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final OutboxMessageRepository messages;
    private final ServerTransactionIds serverIds;
    private final TransactionOperations<Connection> transactions;
    private final RetrySettings retrySettings;
    private final StoredPayloads payloads = new StoredPayloads();
    private final Parking parking;
    private final QueueCap cap;
    private final OutboxViews views;
    private final UnforcedCommits unforcedCommits;
    private final AnswerSync answerSync = new AnswerSync();
    private final Refusals refusals;
    private final Clock clock;
    private final ApplicationEventPublisher<OutboxMessageQueued> queuedEvents;
    /** The one message handed out and not yet reported on; null when none. Guarded by this. */
    private Long inFlight;
    /** The action of {@link #inFlight}. Guarded by this. */
    private QueuedAction inFlightAction;

    TransactionOutbox(OutboxMessageRepository messages, ServerTransactionIds serverIds,
                      TransactionOperations<Connection> transactions, RetrySettings retrySettings,
                      Parking parking, QueueCap cap, OutboxViews views, UnforcedCommits unforcedCommits,
                      Refusals refusals, Clock clock, ApplicationEventPublisher<OutboxMessageQueued> queuedEvents) {
        this.queuedEvents = queuedEvents;
        this.messages = messages;
        this.serverIds = serverIds;
        this.transactions = transactions;
        this.retrySettings = retrySettings;
        this.parking = parking;
        this.cap = cap;
        this.views = views;
        this.unforcedCommits = unforcedCommits;
        this.refusals = refusals;
        this.clock = clock;
        resumeAfterRestart();
    }

    /** A message in flight when the station stopped may or may not have reached the central system: send it again. */
    private void resumeAfterRestart() {
        transactions.executeWrite(status -> {
            messages.findInFlight().ifPresent(message -> {
                messages.requeueInFlight();
                parking.auditResent(message);
            });
            cap.load(messages.count());
            return null;
        });
    }

    /**
     * Stores a message at the tail of the queue; committed before it returns. The request is serialized and checked
     * against its action's constraints here, once: what is stored is what will be sent.
     *
     * @param request            a StartTransaction, StopTransaction, MeterValues or SecurityEventNotification request
     * @param localTransactionId the station's id of the transaction, for every message of a transaction (online or
     *                           offline): it groups them for parking and thinning and maps to the server's id
     * @return the outbox id
     * @throws IllegalArgumentException for another action, a request that breaks a constraint of its action, or a
     *                                  transaction id on a SecurityEventNotification; nothing is stored
     */
    public synchronized long enqueue(OcppRequest<?> request, @Nullable String localTransactionId) {
        return store(request, localTransactionId, () -> null).id();
    }

    /**
     * Like {@link #enqueue} and runs {@code together} in the same SQLite transaction: the message and what
     * {@code together} writes (a transaction's queued flag, a security event's log line) commit together or not at
     * all. The outbox lock is taken before the transaction, as on every other path, so the two cannot deadlock.
     *
     * @return what {@code together} returned
     */
    public synchronized <T> T enqueueWith(OcppRequest<?> request, @Nullable String localTransactionId,
                                          Supplier<T> together) {
        return store(request, localTransactionId, together).together();
    }

    private <T> Enqueued<T> store(OcppRequest<?> request, @Nullable String localTransactionId, Supplier<T> together) {
        QueuedAction queued = StoredPayloads.actionOf(request);
        if (queued == QueuedAction.SECURITY_EVENT_NOTIFICATION && localTransactionId != null) {
            throw new IllegalArgumentException("a SecurityEventNotification belongs to no transaction");
        }
        String action = queued.ocppName();
        String payload = payloads.serialize(request);
        Instant now = clock.instant();
        Enqueued<T> enqueued = transactions.executeWrite(status -> {
            List<Long> dropped = cap.thinForOneMore();
            Optional<Long> parkedStart = parking.parkedStartOf(queued, localTransactionId);
            OutboxMessage saved = messages.save(new OutboxMessage(null, action, payload, localTransactionId,
                    parkedStart.isPresent() ? MessageState.PARKED : MessageState.QUEUED, 0, now, null, null, null,
                    parkedStart.orElse(null)));
            parkedStart.ifPresent(startId -> parking.auditParkedOnArrival(saved.id(), queued, startId));
            return new Enqueued<>(saved.id(), dropped.size(), together.get());
        });
        cap.stored(1 - enqueued.dropped());
        queuedEvents.publishEvent(new OutboxMessageQueued(enqueued.id(), action));
        return enqueued;
    }

    private record Enqueued<T>(long id, int dropped, T together) {
    }

    /**
     * The head of the queue if it may be sent at {@code now}, marked IN_FLIGHT; empty while another message is in
     * flight, when the queue is empty, or when the head waits for its retry time (strict FIFO among transaction
     * messages: nothing overtakes one). A non-transaction message (SecurityEventNotification) waiting for its retry
     * holds nothing back: the messages behind it go first (issue 13.7). A head that has used up its attempts under
     * the current settings is parked (a non-transaction one dropped) here and the next one tried.
     */
    public synchronized Optional<OutboundMessage> next(Instant now) {
        if (inFlight != null) {
            return Optional.empty();
        }
        int[] dropped = {0};
        Optional<OutboundMessage> handedOut = unforcedCommits.commitUnforced(() -> {
            RetryPolicy policy = policy();
            for (Offer offer = offer(policy, now); offer.due() != null; offer = offer(policy, now)) {
                OutboxMessage message = offer.due();
                if (policy.exhausted(message.attempts())) {
                    // transactionMessageAttempts was lowered while it waited
                    dropped[0] += giveUp(message, message.attempts(), message.lastFailedAt(), message.lastError()) ? 1 : 0;
                    continue;
                }
                JsonNode payload;
                try {
                    payload = patched(message);
                } catch (IllegalStateException e) {
                    // a stored message that cannot be read back would block the queue for ever: it has had its sends
                    LOG.error("Outbox message {} ({}) cannot be read back", message.id(), message.action(), e);
                    dropped[0] += giveUp(message, message.attempts() + 1, now, "stored payload unreadable") ? 1 : 0;
                    continue;
                }
                messages.update(message.id(), MessageState.IN_FLIGHT, now);
                return Optional.of(new OutboundMessage(message.id(), message.action(), payload,
                        message.localTransactionId(), message.attempts() + 1));
            }
            return Optional.<OutboundMessage>empty();
        });
        cap.stored(-dropped[0]);
        handedOut.ifPresent(message -> {
            inFlight = message.id();
            inFlightAction = QueuedAction.fromOcppName(message.action()).orElseThrow();
        });
        return handedOut;
    }

    /**
     * What the queue offers at {@code now}, walked from the head: the first message that may be sent, else when the
     * next one will be due. The walk passes non-transaction messages that wait for a retry and stops at the first
     * transaction message.
     *
     * @param due      the message to send now, or null
     * @param at       when {@code due} became due, or the earliest time one will be; null when nothing is queued
     * @param retrying true when nothing may be sent because a message waits for its retry after a failed send
     */
    private record Offer(@Nullable OutboxMessage due, @Nullable Instant at, boolean retrying) {
    }

    private Offer offer(RetryPolicy policy, Instant now) {
        Instant earliest = null;
        boolean retrying = false;
        for (Optional<OutboxMessage> head = messages.findHead(); head.isPresent();
             head = messages.findQueuedAfter(head.get().id())) {
            OutboxMessage message = head.get();
            Instant due = policy.dueAt(message);
            if (!due.isAfter(now)) {
                return new Offer(message, due, false);
            }
            earliest = earliest == null || due.isBefore(earliest) ? due : earliest;
            retrying |= message.attempts() > 0;
            if (message.queuedAction().isTransactionMessage()) {
                break;
            }
        }
        return new Offer(null, earliest, retrying);
    }

    /** Parks a transaction message that has had enough sends; drops (audited) any other. True when it was dropped. */
    private boolean giveUp(OutboxMessage message, int attempts, Instant failedAt, String error) {
        if (message.queuedAction().isTransactionMessage()) {
            parking.parkExhausted(message, attempts, failedAt, error);
            return false;
        }
        refusals.unanswered(message, attempts, error);
        return true;
    }

    private JsonNode patched(OutboxMessage message) {
        JsonNode payload = StoredPayloads.tree(message.payload());
        if (message.localTransactionId() == null || !message.queuedAction().carriesServerTransactionId()) {
            return payload;
        }
        return serverIds.find(message.localTransactionId())
                .map(serverId -> StoredPayloads.withTransactionId(payload, serverId))
                .orElse(payload);
    }

    /** When the head may be sent; empty while a message is in flight or nothing is queued. May be in the past. */
    public synchronized Optional<Instant> nextDueAt() {
        if (inFlight != null) {
            return Optional.empty();
        }
        RetryPolicy policy = policy();
        Instant now = clock.instant();
        return transactions.executeRead(status -> Optional.ofNullable(offer(policy, now).at()));
    }

    /** The id of the newest message queued or in flight (parked ones aside); 0 when there is none. */
    public synchronized long newestUndelivered() {
        return transactions.executeRead(status -> messages.findNewestUndelivered().map(OutboxMessage::id).orElse(0L));
    }

    /** True when every message up to {@code id} has been delivered (or parked, or refused). */
    public synchronized boolean deliveredThrough(long id) {
        return transactions.executeRead(status -> messages.findOldestUndelivered()
                .map(oldest -> oldest.id() > id).orElse(true));
    }

    /**
     * True while nothing may be sent because a message waits for its retry time after the central system failed to
     * process it: what waits behind the queue for ordering alone (a StatusNotification) need not wait that long.
     */
    public synchronized boolean waitingForRetry() {
        if (inFlight != null) {
            return false;
        }
        RetryPolicy policy = policy();
        Instant now = clock.instant();
        return transactions.executeRead(status -> offer(policy, now).retrying());
    }

    /** True when nothing is queued or in flight (parked messages wait for a person, not for the session). */
    public synchronized boolean isEmpty() {
        return inFlight == null && transactions.executeRead(status -> messages.findHead().isEmpty());
    }

    /**
     * The central system answered with a CALLRESULT: the message is deleted, committed before this returns (synced
     * to disk for a StartTransaction or StopTransaction and every {@link AnswerSync#SYNC_EVERY}th other one). For a
     * StartTransaction of a local transaction the answer's {@code transactionId} is remembered for later messages.
     *
     * @param response the CALLRESULT's payload as the RPC layer read it (e.g. a {@code StartTransaction.Response})
     * @return false (and nothing changes) if {@code id} is not the message in flight
     */
    public synchronized boolean answered(long id, Object response) {
        if (!isInFlight(id, "answered")) {
            return false;
        }
        Instant now = clock.instant();
        Supplier<Void> delete = () -> {
            OutboxMessage message = messages.findById(id).orElseThrow();
            messages.deleteById(id);
            serverIds.learnFrom(message, response, now);
            return null;
        };
        if (answerSync.forced(inFlightAction)) {
            transactions.executeWrite(status -> delete.get());
        } else {
            unforcedCommits.commitUnforced(delete);
        }
        inFlight = null;
        cap.stored(-1);
        return true;
    }

    /** {@link #failed(long, Failure, String)} without a description. */
    public boolean failed(long id, Failure failure) {
        return failed(id, failure, null);
    }

    /**
     * The central system did not process the message (CALLERROR, or no answer while connected): one attempt is used.
     * With attempts left it is queued again at the head, due {@code transactionMessageRetryInterval × attempts}
     * from now; otherwise it is parked (with its transaction, if it is a StartTransaction) and audited. A CALLERROR
     * for a message that is not a transaction message (a SecurityEventNotification) is final: the message is
     * removed and the refusal audited, so it never holds a transaction message back (OCPP 1.6 §4.7 retries
     * transaction-related messages only). One left unanswered is retried behind the transaction messages and
     * dropped (audited), not parked, when its attempts are used up.
     *
     * @param detail e.g. the CALLERROR code and description, kept as the message's last error
     * @return false (and nothing changes) if {@code id} is not the message in flight
     */
    public synchronized boolean failed(long id, Failure failure, @Nullable String detail) {
        if (!isInFlight(id, "failed")) {
            return false;
        }
        Instant now = clock.instant();
        String error = errorText(failure, detail);
        boolean removed = transactions.executeWrite(status -> {
            OutboxMessage message = messages.findById(id).orElseThrow();
            if (failure == Failure.CALL_ERROR && !message.queuedAction().isTransactionMessage()) {
                refusals.refused(message, error);
                return true;
            }
            int attempts = message.attempts() + 1;
            if (policy().exhausted(attempts)) {
                return giveUp(message, attempts, now, error);
            }
            messages.update(id, MessageState.QUEUED, attempts, now, error, null);
            return false;
        });
        inFlight = null;
        if (removed) {
            cap.stored(-1);
        }
        return true;
    }

    /**
     * The send was cut off: the connection dropped (or the session was no longer Accepted) before an answer came. The
     * message goes back to the head with no attempt used; time offline costs nothing.
     *
     * @return false (and nothing changes) if {@code id} is not the message in flight
     */
    public synchronized boolean interrupted(long id) {
        if (!isInFlight(id, "interrupted")) {
            return false;
        }
        transactions.executeWrite(status -> {
            messages.interrupt(id);
            return null;
        });
        inFlight = null;
        return true;
    }

    /** Puts a parked message back at its original queue position with its attempts reset. */
    public synchronized RequeueOutcome requeue(long id, String principal) {
        RequeueOutcome outcome = transactions.executeWrite(status -> parking.requeue(id, principal));
        if (outcome == RequeueOutcome.REQUEUED) {
            queuedEvents.publishEvent(new OutboxMessageQueued(id, "requeued"));
        }
        return outcome;
    }

    /** True while more messages are stored than the cap allows because nothing was left to thin. */
    public synchronized boolean memoryExhausted() {
        return cap.exhausted();
    }

    /** Queued, in-flight and parked messages in queue order, with counts. */
    public OutboxListing list(@Nullable MessageState state, int page, int size) {
        return views.list(state, page, size, memoryExhausted());
    }

    public Optional<OutboxMessageView> find(long id) {
        return views.find(id);
    }

    private boolean isInFlight(long id, String outcome) {
        if (Objects.equals(inFlight, id)) {
            return true;
        }
        LOG.warn("Outcome {} for outbox message {} ignored: the message in flight is {}", outcome, id, inFlight);
        return false;
    }

    private RetryPolicy policy() {
        return retrySettings.current();
    }

    private static String errorText(Failure failure, @Nullable String detail) {
        String text = detail == null || detail.isBlank() ? failure.name() : failure.name() + ": " + detail;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
