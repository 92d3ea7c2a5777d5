package org.stationconfig.ocpp.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.rpc.ConnectionLostException;

/**
 * Holds StatusNotifications until the outbox has delivered every message queued before them (or the oldest one waits
 * for a retry after a failed send), so the central system's history never runs backwards: after a reconnect, Available does not arrive before the StopTransaction that
 * preceded it (issue 13.8, found against SteVe). One per session, on the OCPP thread.
 */
public final class BehindOutbox {

    /** @param barrier the newest outbox message queued before this one; it goes once that one is delivered */
    private record Held(long barrier, Runnable send) {
    }

    private final TransactionOutbox outbox;
    private final Deque<Held> held = new ArrayDeque<>();
    private final Deque<CompletableFuture<?>> waiting = new ArrayDeque<>();

    public BehindOutbox(TransactionOutbox outbox) {
        this.outbox = outbox;
    }

    /** Makes the call now when nothing older waits in the outbox, otherwise once it is delivered. */
    public <R> CompletableFuture<R> send(Supplier<CompletableFuture<R>> call) {
        CompletableFuture<R> result = new CompletableFuture<>();
        waiting.add(result);
        held.add(new Held(outbox.newestUndelivered(), () -> {
            waiting.remove(result);
            call.get().whenComplete((response, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(response);
                }
            });
        }));
        release();
        return result;
    }

    /**
     * The outbox moved on: sends, in order, what no longer waits for an older message. A head the central system
     * failed to process and that waits for its retry time holds nothing back: the connector's status would otherwise
     * be stale for minutes.
     */
    public void release() {
        while (!held.isEmpty() && (outbox.deliveredThrough(held.peekFirst().barrier()) || outbox.waitingForRetry())) {
            held.pollFirst().send().run();
        }
    }

    /** The link is gone: the reconnect reports the statuses anew. */
    public void drop() {
        held.clear();
        while (!waiting.isEmpty()) {
            waiting.poll().completeExceptionally(new ConnectionLostException("connection lost before it was sent", null));
        }
    }
}
