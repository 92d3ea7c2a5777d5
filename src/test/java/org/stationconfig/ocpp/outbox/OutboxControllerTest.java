package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stationconfig.ocpp.outbox.Payloads.meter;
import static org.stationconfig.ocpp.outbox.Payloads.start;
import static org.stationconfig.ocpp.outbox.Payloads.stop;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.api.Problem;

/** GET /api/v1/outbox and POST /api/v1/outbox/{id}/requeue over HTTP. */
class OutboxControllerTest {

    private OutboxStation station;
    private HttpClient client;
    private BlockingHttpClient http;
    private long startA;
    private long meterA;
    private long queued;

    @BeforeEach
    void bootStation() {
        station = OutboxStation.startWithServer();
        client = station.context().createBean(HttpClient.class, station.server().getURL());
        http = client.toBlocking();
        station.set(Map.of("transactionMessageAttempts", 1));
        TransactionOutbox outbox = station.outbox();
        startA = outbox.enqueue(start(0), "A");
        meterA = outbox.enqueue(meter(5), "A");
        outbox.enqueue(stop(9), "A");
        queued = outbox.enqueue(meter(1), null);
        outbox.next(station.now());
        outbox.failed(startA, Failure.CALL_ERROR, "GenericError: unknown idTag");
        station.advance(Duration.ofMinutes(1));
        outbox.next(station.now());
    }

    @AfterEach
    void stopStation() {
        client.close();
        station.close();
    }

    private static <B> MutableHttpRequest<B> as(MutableHttpRequest<B> request) {
        return request.header(HeaderAuthentication.HEADER, "installer");
    }

    private HttpClientResponseException refused(HttpRequest<?> request) {
        return assertThrows(HttpClientResponseException.class, () -> http.exchange(request, Argument.of(String.class),
                Argument.of(Problem.class)));
    }

    private static void assertProblem(HttpClientResponseException refused, HttpStatus status, String title) {
        assertEquals(status, refused.getStatus());
        assertEquals(Problem.MEDIA_TYPE, refused.getResponse().getContentType().orElseThrow().toString());
        Problem problem = refused.getResponse().getBody(Problem.class).orElseThrow();
        assertEquals(status.getCode(), problem.status());
        assertEquals(title, problem.title());
    }

    @Test
    void theListShowsQueuedInFlightAndParkedMessagesInQueueOrderWithCounts() {
        OutboxListing listing = http.retrieve(as(HttpRequest.GET("/api/v1/outbox")), OutboxListing.class);

        assertEquals(List.of(startA, meterA, meterA + 1, queued),
                listing.items().stream().map(OutboxMessageView::id).toList());
        assertEquals(List.of(MessageState.PARKED, MessageState.PARKED, MessageState.PARKED, MessageState.IN_FLIGHT),
                listing.items().stream().map(OutboxMessageView::state).toList());
        OutboxMessageView start = listing.items().get(0);
        assertEquals("StartTransaction", start.action());
        assertEquals(1, start.attempts());
        assertEquals("CALL_ERROR: GenericError: unknown idTag", start.lastError());
        assertEquals("A", start.localTransactionId());
        assertEquals(startA, listing.items().get(1).parkedWith());
        assertEquals(new OutboxListing(listing.items(), 0, 200, 4, 0, 1, 3, 10_000, false), listing);

        OutboxListing parkedPage = http.retrieve(as(HttpRequest.GET("/api/v1/outbox?state=PARKED&size=2&page=1")),
                OutboxListing.class);
        assertEquals(List.of(meterA + 1), parkedPage.items().stream().map(OutboxMessageView::id).toList());
        assertEquals(3, parkedPage.total());
    }

    @Test
    void aParkedMessageIsRequeuedWithItsTransaction() {
        OutboxMessageView requeued = http.retrieve(as(HttpRequest.POST("/api/v1/outbox/" + startA + "/requeue", "")),
                OutboxMessageView.class);

        assertEquals(MessageState.QUEUED, requeued.state());
        assertEquals(0, requeued.attempts());
        OutboxListing listing = http.retrieve(as(HttpRequest.GET("/api/v1/outbox?state=QUEUED")), OutboxListing.class);
        assertEquals(3, listing.total());
        assertEquals("installer", station.outboxAudit().get(0).principal());
    }

    @Test
    void requeueAnswersProblemsForUnknownAndUnparkedMessages() {
        assertProblem(refused(as(HttpRequest.POST("/api/v1/outbox/424242/requeue", ""))), HttpStatus.NOT_FOUND,
                "Unknown message");
        assertProblem(refused(as(HttpRequest.POST("/api/v1/outbox/" + queued + "/requeue", ""))), HttpStatus.CONFLICT,
                "Not parked");
        assertProblem(refused(as(HttpRequest.POST("/api/v1/outbox/" + meterA + "/requeue", ""))), HttpStatus.CONFLICT,
                "Transaction parked");
        assertProblem(refused(as(HttpRequest.GET("/api/v1/outbox?size=201"))), HttpStatus.BAD_REQUEST, "Bad paging");
    }

    @Test
    void theOutboxIsOnlyForAuthenticatedUsers() {
        assertEquals(HttpStatus.UNAUTHORIZED, refused(HttpRequest.GET("/api/v1/outbox")).getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED,
                refused(HttpRequest.POST("/api/v1/outbox/" + startA + "/requeue", "")).getStatus());
        assertEquals(MessageState.PARKED, station.outbox().find(startA).orElseThrow().state());
    }
}
