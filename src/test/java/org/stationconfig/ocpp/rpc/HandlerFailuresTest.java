package org.stationconfig.ocpp.rpc;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.v16.ActionTable;
import org.stationconfig.ocpp.v16.core.Reset;

/**
 * Issue 11, hole 4: a CALL is always answered, InternalError at worst, whatever its handler or the session's gate
 * throws, an Error included, and even when the handler's answer is lost on another thread.
 */
class HandlerFailuresTest {

    private static final String RESET = "[2,\"f1\",\"Reset\",{\"type\":\"Soft\"}]";
    private static final String INTERNAL_ERROR = "[4,\"f1\",\"InternalError\",\"An internal error occurred\",{}]";

    private final FakeTransport transport = new FakeTransport();
    private final VirtualScheduler scheduler = new VirtualScheduler();

    private RpcEndpoint endpoint(CallHandler<Reset.Request, Reset.Response> handler, IncomingCallFilter filter) {
        return RpcEndpoint.builder(transport, ActionTable.v16(), scheduler)
                .handlers(HandlerTable.builder().on(Reset.ACTION, handler).build())
                .filter(filter)
                .callTimeout(() -> Duration.ofSeconds(10))
                .build();
    }

    @Test
    void aHandlerThrowingAnErrorIsAnsweredWithInternalError() {
        RpcEndpoint endpoint = endpoint(request -> {
            throw new StackOverflowError("simulated");
        }, IncomingCallFilter.ALLOW_ALL);
        assertDoesNotThrow(() -> endpoint.onText(RESET));
        assertEquals(INTERNAL_ERROR, transport.last());
    }

    @Test
    void aHandlerFailingItsAnswerWithAnErrorIsAnsweredWithInternalError() {
        RpcEndpoint endpoint = endpoint(request -> CompletableFuture.failedFuture(new OutOfMemoryError("simulated")),
                IncomingCallFilter.ALLOW_ALL);
        endpoint.onText(RESET);
        assertEquals(INTERNAL_ERROR, transport.last());
    }

    @Test
    void aGateThrowingAnErrorStillAnswersTheCallAndTheEndpointGoesOn() {
        RpcEndpoint endpoint = endpoint(CallHandler.sync(request -> new Reset.Response(Reset.ResetStatus.Accepted)),
                action -> {
                    throw new StackOverflowError("simulated");
                });
        assertDoesNotThrow(() -> endpoint.onText(RESET));
        assertEquals(INTERNAL_ERROR, transport.last());
    }

    /** The handler handed its work to a thread where an Error ended the task before it answered. */
    @Test
    void aHandlerWhoseAnswerIsLostIsAnsweredWithInternalErrorAtItsDeadlineAndALateAnswerIsDropped() {
        CompletableFuture<Reset.Response> lost = new CompletableFuture<>();
        RpcEndpoint endpoint = endpoint(request -> lost, IncomingCallFilter.ALLOW_ALL);
        endpoint.onText(RESET);
        assertTrue(transport.sent().isEmpty(), "nothing yet: the handler may still answer");

        scheduler.advance(Duration.ofSeconds(29));
        assertTrue(transport.sent().isEmpty(), "a handler gets 30 s at least");
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(INTERNAL_ERROR, transport.last());

        lost.complete(new Reset.Response(Reset.ResetStatus.Accepted));
        assertEquals(1, transport.sent().size(), "one answer per CALL: the late one is dropped");
        endpoint.onText(RESET);
        assertEquals(2, transport.sent().size(), "the id is free again: " + transport.last());
    }

    @Test
    void aHandlerAnsweringInTimeCancelsItsDeadline() {
        CompletableFuture<Reset.Response> later = new CompletableFuture<>();
        RpcEndpoint endpoint = endpoint(request -> later, IncomingCallFilter.ALLOW_ALL);
        endpoint.onText(RESET);
        later.complete(new Reset.Response(Reset.ResetStatus.Accepted));
        scheduler.advance(Duration.ofMinutes(5));
        assertEquals(1, transport.sent().size());
        assertEquals("[3,\"f1\",{\"status\":\"Accepted\"}]", transport.last());
    }
}
