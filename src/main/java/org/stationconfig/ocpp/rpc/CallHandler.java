package org.stationconfig.ocpp.rpc;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Answers one incoming action. The answer is a response record, or a CALLERROR: throw (or fail the stage with)
 * a {@link CallErrorException}. Any other exception becomes {@code InternalError} without its message.
 */
@FunctionalInterface
public interface CallHandler<Q, R> {

    CompletionStage<R> handle(Q request);

    /** A handler that answers at once. */
    static <Q, R> CallHandler<Q, R> sync(Function<Q, R> handler) {
        return request -> CompletableFuture.completedFuture(handler.apply(request));
    }
}
