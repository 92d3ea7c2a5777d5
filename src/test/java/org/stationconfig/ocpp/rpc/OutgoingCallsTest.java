package org.stationconfig.ocpp.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.v16.ActionTable;
import org.stationconfig.ocpp.v16.core.Authorize;
import org.stationconfig.ocpp.v16.core.Heartbeat;
import org.stationconfig.ocpp.v16.core.StatusNotification;
import org.stationconfig.ocpp.v16.types.ChargePointErrorCode;
import org.stationconfig.ocpp.v16.types.ChargePointStatus;

/** Our CALLs: correlation, one in flight, timeouts on a virtual clock, failures, disconnects. */
class OutgoingCallsTest {

    private static final String HEARTBEAT_OK = "{\"currentTime\":\"2026-11-22T10:15:30Z\"}";

    private final FakeTransport transport = new FakeTransport();
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final List<InvalidMessage> reported = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicReference<Duration> timeout = new AtomicReference<>(Duration.ofSeconds(10));
    private final RpcEndpoint endpoint = RpcEndpoint.builder(transport, ActionTable.v16(), scheduler)
            .callTimeout(timeout::get)
            .messageIds(() -> "id-" + ids.incrementAndGet())
            .invalidMessageListener(reported::add)
            .build();

    @Test
    void sendsACallAndCompletesWithTheTypedResponse() {
        CompletableFuture<Heartbeat.Response> future = endpoint.call(new Heartbeat.Request());
        assertEquals("[2,\"id-1\",\"Heartbeat\",{}]", transport.last());
        assertFalse(future.isDone());

        endpoint.onText("[3,\"id-1\"," + HEARTBEAT_OK + "]");

        assertEquals(new Heartbeat.Response(Instant.parse("2026-11-22T10:15:30Z")), future.join());
        assertEquals(0, scheduler.pendingTasks(), "the timeout is cancelled");
    }

    @Test
    void defaultMessageIdsAreUniqueUuidsOfAtMost36Characters() {
        FakeTransport plain = new FakeTransport();
        RpcEndpoint uuids = RpcEndpoint.builder(plain, ActionTable.v16(), scheduler).build();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            uuids.call(new Heartbeat.Request());
            String id = plain.lastFrame().get(1).getStringValue();
            assertEquals(36, id.length());
            assertTrue(seen.add(id), "ids are unique on a connection");
            uuids.onText("[3,\"" + id + "\"," + HEARTBEAT_OK + "]");
        }
    }

    @Test
    void onlyOneCallIsOutstandingAndTheRestGoInOrder() {
        // OCPP-J §4.1.1: no new CALL until the previous one is answered or timed out
        CompletableFuture<Heartbeat.Response> first = endpoint.call(new Heartbeat.Request());
        CompletableFuture<Authorize.Response> second = endpoint.call(new Authorize.Request("TAG-2"));
        CompletableFuture<Authorize.Response> third = endpoint.call(new Authorize.Request("TAG-3"));
        assertEquals(1, transport.sent().size());

        endpoint.onText("[3,\"id-1\"," + HEARTBEAT_OK + "]");
        assertTrue(first.isDone());
        assertEquals(2, transport.sent().size());
        assertEquals("[2,\"id-2\",\"Authorize\",{\"idTag\":\"TAG-2\"}]", transport.last());

        endpoint.onText("[3,\"id-2\",{\"idTagInfo\":{\"status\":\"Accepted\"}}]");
        assertEquals("[2,\"id-3\",\"Authorize\",{\"idTag\":\"TAG-3\"}]", transport.last());
        endpoint.onText("[3,\"id-3\",{\"idTagInfo\":{\"status\":\"Invalid\"}}]");

        assertTrue(second.isDone() && third.isDone());
        assertEquals("Invalid", third.join().idTagInfo().status().name());
    }

    @Test
    void timeoutFailsTheCallAndTheNextOneGoes() {
        CompletableFuture<Heartbeat.Response> first = endpoint.call(new Heartbeat.Request());
        CompletableFuture<Heartbeat.Response> second = endpoint.call(new Heartbeat.Request());

        scheduler.advance(Duration.ofSeconds(9));
        assertFalse(first.isDone());
        assertEquals(1, transport.sent().size());

        scheduler.advance(Duration.ofSeconds(1));
        assertInstanceOf(CallTimeoutException.class, failure(first));
        assertEquals("[2,\"id-2\",\"Heartbeat\",{}]", transport.last());

        endpoint.onText("[3,\"id-1\"," + HEARTBEAT_OK + "]"); // too late: unknown id now, ignored
        assertFalse(second.isDone());
        assertTrue(reported.isEmpty(), "a late reply is not an invalid message");

        endpoint.onText("[3,\"id-2\"," + HEARTBEAT_OK + "]");
        assertTrue(second.isDone() && !second.isCompletedExceptionally());
    }

    @Test
    void timeoutIsReadAtEachSendSoAChangedMessageTimeoutApplies() {
        endpoint.call(new Heartbeat.Request());
        endpoint.onText("[3,\"id-1\"," + HEARTBEAT_OK + "]");
        timeout.set(Duration.ofSeconds(60));

        CompletableFuture<Heartbeat.Response> second = endpoint.call(new Heartbeat.Request());
        scheduler.advance(Duration.ofSeconds(59));
        assertFalse(second.isDone());
        scheduler.advance(Duration.ofSeconds(1));
        assertInstanceOf(CallTimeoutException.class, failure(second));
    }

    @Test
    void callErrorReplyFailsTheFutureWithItsCodeAndDescription() {
        CompletableFuture<Heartbeat.Response> future = endpoint.call(new Heartbeat.Request());
        endpoint.onText("[4,\"id-1\",\"SecurityError\",\"not accepted yet\",{\"hint\":1}]");

        CallErrorException e = assertInstanceOf(CallErrorException.class, failure(future));
        assertEquals(ErrorCode.SecurityError, e.errorCode());
        assertEquals("not accepted yet", e.errorDescription());
        assertEquals(1, e.errorDetails().get("hint").getIntValue());
        assertTrue(transport.sent().size() == 1, "a CALLERROR is never answered");
    }

    @Test
    void replyWithAnUnknownIdIsIgnored() {
        CompletableFuture<Heartbeat.Response> future = endpoint.call(new Heartbeat.Request());
        endpoint.onText("[3,\"someone-else\"," + HEARTBEAT_OK + "]");
        endpoint.onText("[4,\"someone-else\",\"GenericError\",\"\",{}]");

        assertFalse(future.isDone());
        assertEquals(1, transport.sent().size(), "nothing is answered");
        endpoint.onText("[3,\"id-1\"," + HEARTBEAT_OK + "]");
        assertTrue(future.isDone());
    }

    @Test
    void invalidResponseFailsTheCallIsReportedAndTheNextGoes() {
        CompletableFuture<Heartbeat.Response> future = endpoint.call(new Heartbeat.Request());
        endpoint.call(new Heartbeat.Request());
        endpoint.onText("[3,\"id-1\",{\"currentTime\":\"not a time\"}]");

        InvalidPayloadException e = assertInstanceOf(InvalidPayloadException.class, failure(future));
        assertEquals(ErrorCode.TypeConstraintViolation, e.errorCode());
        assertEquals("currentTime", e.field());
        assertEquals(1, reported.size());
        assertEquals("[2,\"id-2\",\"Heartbeat\",{}]", transport.last(), "no CALLERROR for a CALLRESULT; the next call goes");
    }

    @Test
    void malformedReplyWithAReadableIdFailsThatCallAtOnce() {
        CompletableFuture<Heartbeat.Response> future = endpoint.call(new Heartbeat.Request());
        endpoint.onText("[3,\"id-1\",[]]");

        assertEquals(ErrorCode.FormationViolation, assertInstanceOf(CallErrorException.class, failure(future)).errorCode());
        assertEquals(1, transport.sent().size());
        assertEquals(1, reported.size());
    }

    @Test
    void connectionLostFailsInFlightAndQueuedCallsAtOnce() {
        // Java-OCA-OCPP #121: futures were never completed when the socket dropped
        List<CompletableFuture<Heartbeat.Response>> calls = List.of(
                endpoint.call(new Heartbeat.Request()), endpoint.call(new Heartbeat.Request()), endpoint.call(new Heartbeat.Request()));

        endpoint.connectionLost();

        calls.forEach(call -> assertInstanceOf(ConnectionLostException.class, failure(call)));
        assertEquals(0, scheduler.pendingTasks(), "no timer is left behind");
        CompletableFuture<Heartbeat.Response> after = endpoint.call(new Heartbeat.Request());
        assertInstanceOf(ConnectionLostException.class, failure(after));
        assertEquals(1, transport.sent().size());
    }

    @Test
    void failedSendFailsThatCallAndTheNextOneStillGoes() {
        transport.failNextSend();
        CompletableFuture<Heartbeat.Response> first = endpoint.call(new Heartbeat.Request());
        CompletableFuture<Heartbeat.Response> second = endpoint.call(new Heartbeat.Request());

        assertInstanceOf(ConnectionLostException.class, failure(first));
        assertEquals("[2,\"id-2\",\"Heartbeat\",{}]", transport.last());
        assertFalse(second.isDone());
    }

    @Test
    void ourOwnInvalidRequestIsRefusedBeforeSending() {
        CompletableFuture<Authorize.Response> future = endpoint.call(new Authorize.Request("x".repeat(21)));

        InvalidPayloadException e = assertInstanceOf(InvalidPayloadException.class, failure(future));
        assertEquals("idTag", e.field());
        assertTrue(transport.sent().isEmpty());
    }

    @Test
    void requestWritesNoNullsAndTimestampsInUtc() {
        endpoint.call(new StatusNotification.Request(0, ChargePointErrorCode.NoError, null, ChargePointStatus.Available,
                Instant.parse("2026-11-22T10:15:30.123Z"), null, null));
        assertEquals("[2,\"id-1\",\"StatusNotification\",{\"connectorId\":0,\"errorCode\":\"NoError\",\"status\":\"Available\","
                + "\"timestamp\":\"2026-11-22T10:15:30Z\"}]", transport.last());
    }

    @Test
    void callbacksMayCallAgainWithoutDeadlock() {
        AtomicReference<CompletableFuture<Heartbeat.Response>> chained = new AtomicReference<>();
        endpoint.call(new Heartbeat.Request()).thenRun(() -> chained.set(endpoint.call(new Heartbeat.Request())));

        endpoint.onText("[3,\"id-1\"," + HEARTBEAT_OK + "]");

        assertEquals("[2,\"id-2\",\"Heartbeat\",{}]", transport.last());
        endpoint.onText("[3,\"id-2\"," + HEARTBEAT_OK + "]");
        assertTrue(chained.get().isDone());
    }

    @Test
    void callCancelledWhileQueuedIsNeverSent() {
        endpoint.call(new Heartbeat.Request());
        endpoint.call(new Authorize.Request("CANCELLED")).cancel(false);
        endpoint.call(new Authorize.Request("KEPT"));

        endpoint.onText("[3,\"id-1\"," + HEARTBEAT_OK + "]");

        assertEquals("[2,\"id-2\",\"Authorize\",{\"idTag\":\"KEPT\"}]", transport.last());
    }

    @Test
    void aMessageIdLongerThan36CharactersIsNeverSent() {
        RpcEndpoint longIds = RpcEndpoint.builder(transport, ActionTable.v16(), scheduler).messageIds(() -> "x".repeat(37)).build();
        assertInstanceOf(IllegalStateException.class, failure(longIds.call(new Heartbeat.Request())));
        assertTrue(transport.sent().isEmpty());
    }

    static Throwable failure(CompletableFuture<?> future) {
        assertTrue(future.isCompletedExceptionally(), "expected the call to have failed");
        try {
            future.join();
            throw new AssertionError("unreachable");
        } catch (CompletionException e) {
            return e.getCause();
        }
    }
}
