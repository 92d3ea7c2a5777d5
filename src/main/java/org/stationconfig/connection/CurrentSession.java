package org.stationconfig.connection;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.stationconfig.ocpp.CentralSystem.NotConnectedException;
import org.stationconfig.ocpp.rpc.OcppRequest;

/**
 * The OCPP session on the link now, if any, and the CALLs station logic sends through it: only once registered
 * (Accepted), a triggered one also while Pending. Used on the OCPP thread, except {@link #call}.
 */
final class CurrentSession {

    private final Executor thread;
    private final ConnectionStateMachine machine;
    private LinkSession session;

    CurrentSession(Executor thread, ConnectionStateMachine machine) {
        this.thread = thread;
        this.machine = machine;
    }

    boolean open() {
        return session != null;
    }

    /** Whether a session's report is about the link now (a closed session may still report). */
    boolean is(LinkSession from) {
        return from == session;
    }

    void start(LinkSession opened) {
        session = opened;
    }

    /** The link ended by itself: nothing to close. */
    void forget() {
        session = null;
    }

    /** Closes the link on purpose (settings changed, a rejected trial, stopping); its session reports no end. */
    void close(String why) {
        if (session != null) {
            session.close(1000, why);
            session = null;
        }
    }

    void ifOpen(Consumer<LinkSession> action) {
        if (session != null) {
            action.accept(session);
        }
    }

    /** From any thread: the answer, or {@link NotConnectedException} when there is no registered session. */
    <R> CompletableFuture<R> call(OcppRequest<R> request, boolean triggered) {
        CompletableFuture<R> result = new CompletableFuture<>();
        thread.execute(() -> {
            Registration registration = machine.registration();
            boolean registered = registration == Registration.ACCEPTED || triggered && registration == Registration.PENDING;
            if (session == null || !registered) {
                result.completeExceptionally(new NotConnectedException("not connected to the central system"));
                return;
            }
            session.call(request).whenComplete((response, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(response);
                }
            });
        });
        return result;
    }
}
