package org.stationconfig.ocpp.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.v16.ActionTable;
import org.stationconfig.ocpp.v16.core.Heartbeat;
import org.stationconfig.ocpp.v16.core.RemoteStartTransaction;
import org.stationconfig.ocpp.v16.core.Reset;
import org.stationconfig.ocpp.v16.firmware.GetDiagnostics;
import org.stationconfig.ocpp.v16.firmware.UpdateFirmware;
import org.stationconfig.ocpp.v16.types.RemoteStartStopStatus;

/** The central system's CALLs: dispatch by table, the error codes, async answers, the session's filter. */
class IncomingCallsTest {

    private static final String RESET_SOFT = "[2,\"c1\",\"Reset\",{\"type\":\"Soft\"}]";

    private final FakeTransport transport = new FakeTransport();
    private final List<InvalidMessage> reported = new ArrayList<>();
    private final List<Reset.Request> resets = new ArrayList<>();

    private RpcEndpoint endpoint(HandlerTable handlers, IncomingCallFilter filter) {
        return RpcEndpoint.builder(transport, ActionTable.v16(), new VirtualScheduler())
                .handlers(handlers).filter(filter).invalidMessageListener(reported::add).build();
    }

    private RpcEndpoint endpoint(HandlerTable handlers) {
        return endpoint(handlers, IncomingCallFilter.ALLOW_ALL);
    }

    private final HandlerTable resetAccepted = HandlerTable.builder()
            .on(Reset.ACTION, CallHandler.sync(request -> {
                resets.add(request);
                return new Reset.Response(Reset.ResetStatus.Accepted);
            }))
            .build();

    @Test
    void handlerAnswersWithACallResult() {
        endpoint(resetAccepted).onText(RESET_SOFT);

        assertEquals(List.of(new Reset.Request(Reset.ResetType.Soft)), resets);
        assertEquals("[3,\"c1\",{\"status\":\"Accepted\"}]", transport.last());
    }

    @Test
    void unknownActionIsNotImplemented() {
        endpoint(resetAccepted).onText("[2,\"c1\",\"FlyToTheMoon\",{}]");
        assertTrue(transport.last().startsWith("[4,\"c1\",\"NotImplemented\","), transport.last());
    }

    @Test
    void actionNamesAreCaseSensitive() {
        endpoint(resetAccepted).onText("[2,\"c1\",\"reset\",{\"type\":\"Soft\"}]");
        assertTrue(transport.last().startsWith("[4,\"c1\",\"NotImplemented\","), transport.last());
    }

    @Test
    void knownActionWithoutHandlerIsNotSupported() {
        RpcEndpoint endpoint = endpoint(resetAccepted);
        endpoint.onText("[2,\"c1\",\"CancelReservation\",{\"reservationId\":1}]");
        assertTrue(transport.last().startsWith("[4,\"c1\",\"NotSupported\","), transport.last());
        // an action only a charge point sends, received from the central system
        endpoint.onText("[2,\"c2\",\"Heartbeat\",{}]");
        assertTrue(transport.last().startsWith("[4,\"c2\",\"NotSupported\","), transport.last());
    }

    @Test
    void invalidRequestIsAnsweredWithItsCodeAndFieldAndReported() {
        endpoint(resetAccepted).onText("[2,\"c1\",\"Reset\",{\"type\":\"Medium\"}]");

        assertEquals("[4,\"c1\",\"PropertyConstraintViolation\",\"type: value is not one of the allowed values\",{\"field\":\"type\"}]",
                transport.last());
        assertTrue(resets.isEmpty(), "the handler never sees an invalid request");
        assertEquals(1, reported.size());
        assertEquals(ErrorCode.PropertyConstraintViolation, reported.get(0).code());
    }

    @Test
    void missingRequiredFieldIsAnOccurrenceViolation() {
        endpoint(resetAccepted).onText("[2,\"c1\",\"Reset\",{}]");
        assertTrue(transport.last().startsWith("[4,\"c1\",\"OccurenceConstraintViolation\",\"type: "), transport.last());
    }

    @Test
    void handlerExceptionIsAnInternalErrorWithoutItsMessage() {
        HandlerTable failing = HandlerTable.builder()
                .on(Reset.ACTION, request -> {
                    throw new IllegalStateException("database password is hunter2");
                }).build();
        endpoint(failing).onText(RESET_SOFT);

        assertEquals("[4,\"c1\",\"InternalError\",\"An internal error occurred\",{}]", transport.last());
    }

    @Test
    void handlerMayAnswerWithACallError() {
        // whitepaper L01.FR.20: a charge point doing signed updates answers UpdateFirmware with NotSupported
        HandlerTable handlers = HandlerTable.builder()
                .on(UpdateFirmware.ACTION, request -> {
                    throw new CallErrorException(ErrorCode.NotSupported, "use SignedUpdateFirmware");
                }).build();
        endpoint(handlers).onText("[2,\"c1\",\"UpdateFirmware\",{\"location\":\"https://fw\",\"retrieveDate\":\"2026-11-22T10:15:30Z\"}]");

        assertEquals("[4,\"c1\",\"NotSupported\",\"use SignedUpdateFirmware\",{}]", transport.last());
    }

    @Test
    void asyncHandlerAnswersWhenItCompletes() {
        CompletableFuture<Reset.Response> later = new CompletableFuture<>();
        RpcEndpoint endpoint = endpoint(HandlerTable.builder().on(Reset.ACTION, request -> later).build());
        endpoint.onText(RESET_SOFT);
        assertTrue(transport.sent().isEmpty());

        later.complete(new Reset.Response(Reset.ResetStatus.Rejected));

        assertEquals("[3,\"c1\",{\"status\":\"Rejected\"}]", transport.last());
    }

    @Test
    void asyncHandlerMayFailWithACallError() {
        CompletableFuture<Reset.Response> later = new CompletableFuture<>();
        endpoint(HandlerTable.builder().on(Reset.ACTION, request -> later).build()).onText(RESET_SOFT);

        later.completeExceptionally(new CallErrorException(ErrorCode.SecurityError, ""));

        assertEquals("[4,\"c1\",\"SecurityError\",\"\",{}]", transport.last());
    }

    @Test
    void handlerAnsweringNullIsAnInternalError() {
        endpoint(HandlerTable.builder().on(Reset.ACTION, CallHandler.sync(request -> null)).build()).onText(RESET_SOFT);
        assertEquals("[4,\"c1\",\"InternalError\",\"An internal error occurred\",{}]", transport.last());
    }

    @Test
    void handlerAnsweringAResponseThatBreaksItsConstraintsIsAnInternalError() {
        HandlerTable handlers = HandlerTable.builder()
                .on(GetDiagnostics.ACTION, CallHandler.sync(request -> new GetDiagnostics.Response("f".repeat(256)))).build();
        endpoint(handlers).onText("[2,\"c1\",\"GetDiagnostics\",{\"location\":\"ftp://x\"}]");
        assertEquals("[4,\"c1\",\"InternalError\",\"An internal error occurred\",{}]", transport.last());
    }

    @Test
    void twoHandlersForOneActionFailAtConstruction() {
        HandlerTable.Builder builder = HandlerTable.builder()
                .on(Reset.ACTION, CallHandler.sync(request -> new Reset.Response(Reset.ResetStatus.Accepted)))
                .on(Reset.ACTION, CallHandler.sync(request -> new Reset.Response(Reset.ResetStatus.Rejected)));
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
        assertTrue(e.getMessage().contains("Reset"));
    }

    @Test
    void callWithAnIdStillBeingHandledIsAProtocolError() {
        CompletableFuture<Reset.Response> later = new CompletableFuture<>();
        RpcEndpoint endpoint = endpoint(HandlerTable.builder().on(Reset.ACTION, request -> later).build());
        endpoint.onText(RESET_SOFT);
        endpoint.onText(RESET_SOFT);
        assertTrue(transport.last().startsWith("[4,\"c1\",\"ProtocolError\","), transport.last());

        later.complete(new Reset.Response(Reset.ResetStatus.Accepted));
        assertEquals("[3,\"c1\",{\"status\":\"Accepted\"}]", transport.last());
        endpoint.onText(RESET_SOFT); // the id is free again once answered
        assertEquals(3, transport.sent().size());
    }

    @Test
    void answersCompletedAfterTheConnectionIsLostAreDropped() {
        CompletableFuture<Reset.Response> later = new CompletableFuture<>();
        RpcEndpoint endpoint = endpoint(HandlerTable.builder().on(Reset.ACTION, request -> later).build());
        endpoint.onText(RESET_SOFT);
        endpoint.connectionLost();

        later.complete(new Reset.Response(Reset.ResetStatus.Accepted));

        assertTrue(transport.sent().isEmpty());
    }

    @Test
    void incomingCallIsAnsweredWhileOurOwnCallIsOutstanding() {
        // EJ 3.4: CALLs of the two sides may cross
        RpcEndpoint endpoint = endpoint(resetAccepted);
        CompletableFuture<Heartbeat.Response> ours = endpoint.call(new Heartbeat.Request());
        String ourId = transport.lastFrame().get(1).getStringValue();

        endpoint.onText(RESET_SOFT);
        assertEquals("[3,\"c1\",{\"status\":\"Accepted\"}]", transport.last());

        endpoint.onText("[3,\"" + ourId + "\",{\"currentTime\":\"2026-11-22T10:15:30Z\"}]");
        assertTrue(ours.isDone());
    }

    @Test
    void filterDropsEverythingWhileRejected() {
        // S16 §4.2: while Rejected the charge point SHALL NOT answer CS-initiated messages
        IncomingCallFilter rejected = new IncomingCallFilter() {
            @Override
            public FilterDecision check(String action) {
                return FilterDecision.DROP;
            }

            @Override
            public boolean answerMalformed() {
                return false;
            }
        };
        RpcEndpoint endpoint = endpoint(resetAccepted, rejected);
        endpoint.onText(RESET_SOFT);
        endpoint.onText("[2,\"c2\",\"FlyToTheMoon\",{}]");
        endpoint.onText("garbage");

        assertTrue(transport.sent().isEmpty());
        assertTrue(resets.isEmpty());
        assertEquals(1, reported.size(), "malformed input is still reported");
    }

    @Test
    void filterRefusesRemoteStartWhilePendingWithoutCallingTheHandler() {
        // S16 §4.2: RemoteStart/RemoteStopTransaction are not allowed while Pending
        AtomicInteger handled = new AtomicInteger();
        HandlerTable handlers = HandlerTable.builder().on(RemoteStartTransaction.ACTION, CallHandler.sync(request -> {
            handled.incrementAndGet();
            return new RemoteStartTransaction.Response(RemoteStartStopStatus.Accepted);
        })).build();
        IncomingCallFilter pending = action -> action.equals("RemoteStartTransaction")
                ? FilterDecision.reply(new RemoteStartTransaction.Response(RemoteStartStopStatus.Rejected))
                : FilterDecision.PROCEED;

        endpoint(handlers, pending).onText("[2,\"c1\",\"RemoteStartTransaction\",{\"idTag\":\"TAG\"}]");

        assertEquals("[3,\"c1\",{\"status\":\"Rejected\"}]", transport.last());
        assertEquals(0, handled.get());
    }

    @Test
    void failingFilterStillAnswersWithAnInternalError() {
        IncomingCallFilter broken = action -> {
            throw new IllegalStateException("session state unavailable");
        };
        endpoint(resetAccepted, broken).onText(RESET_SOFT);
        assertEquals("[4,\"c1\",\"InternalError\",\"An internal error occurred\",{}]", transport.last());
    }

    @Test
    void filterMayAnswerWithACallError() {
        IncomingCallFilter notYet = action -> FilterDecision.fail(ErrorCode.SecurityError, "not registered");
        endpoint(resetAccepted, notYet).onText(RESET_SOFT);

        assertEquals("[4,\"c1\",\"SecurityError\",\"not registered\",{}]", transport.last());
        assertFalse(resets.size() > 0);
    }
}
