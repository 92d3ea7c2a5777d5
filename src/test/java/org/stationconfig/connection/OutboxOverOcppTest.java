package org.stationconfig.connection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.v16.core.MeterValues;
import org.stationconfig.ocpp.v16.core.StartTransaction;
import org.stationconfig.ocpp.v16.core.StopTransaction;
import org.stationconfig.ocpp.v16.types.MeterValue;
import org.stationconfig.ocpp.v16.types.SampledValue;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.csms.CentralSystemScript;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;

/** Transaction messages reach the central system in order, at once when online, after reconnecting when not. */
@MicronautTest(transactional = false)
class OutboxOverOcppTest extends StationUnderTest {

    @Inject
    TransactionOutbox outbox;
    @Inject
    SecurityEvents securityEvents;
    @Inject
    StationClock clock;
    @Inject
    AuditLog audit;

    private static StartTransaction.Request start(String idTag) {
        return new StartTransaction.Request(1, idTag, 0, null, Instant.parse("2026-11-22T10:00:00Z"));
    }

    private static MeterValues.Request meterValues(int wh) {
        return new MeterValues.Request(1, -1, List.of(new MeterValue(Instant.parse("2026-11-22T10:01:00Z"),
                List.of(SampledValue.of(String.valueOf(wh))))));
    }

    private static StopTransaction.Request stop(int wh) {
        return new StopTransaction.Request(null, wh, Instant.parse("2026-11-22T10:02:00Z"), -1,
                StopTransaction.Reason.Local, null);
    }

    @Test
    void aSecurityEventRaisedWhileIdleIsDeliveredAtOnce() {
        commission("CP-IDLE", Map.of());
        awaitStatus(s -> s.registration() == Registration.ACCEPTED);
        await().atMost(WITHIN).until(() -> outbox.isEmpty());
        securityEvents.raise(SecurityEvent.TamperDetectionActivated, "test", clock.now());
        CentralSystemScript.Received event = await().atMost(WITHIN).until(() -> csms.received.stream()
                .filter(call -> call.action().equals("SecurityEventNotification")
                        && call.payload().get("type").getStringValue().equals("TamperDetectionActivated"))
                .findFirst().orElse(null), call -> call != null);
        assertEquals("test", event.payload().get("techInfo").getStringValue());
    }

    /** Issue 13.7: before, each refused event was retried in front of the transaction (3 minutes per event). */
    @Test
    void aSecurityEventTheCentralSystemRefusesIsRecordedAndHoldsNoTransactionBack() {
        csms.callErrors.put("SecurityEventNotification", "NotImplemented");
        commission("CP-NOSEC", Map.of("transactionMessageAttempts", 3, "transactionMessageRetryInterval", 60));
        awaitStatus(s -> s.registration() == Registration.ACCEPTED);
        await().atMost(WITHIN).until(() -> outbox.isEmpty());
        securityEvents.raise(SecurityEvent.TamperDetectionActivated, "refused", clock.now());
        outbox.enqueue(start("TAG-2"), "local-2");
        outbox.enqueue(meterValues(500), "local-2");
        outbox.enqueue(stop(900), "local-2");

        await().atMost(WITHIN).until(() -> csms.count("StopTransaction") == 1);
        List<String> order = csms.received.stream().map(CentralSystemScript.Received::action)
                .filter(action -> !action.equals("StatusNotification")).toList();
        int tamper = order.lastIndexOf("SecurityEventNotification");
        assertEquals(List.of("SecurityEventNotification", "StartTransaction", "MeterValues", "StopTransaction"),
                order.subList(tamper, order.size()), "sent once, never again in front of the transaction");
        await().atMost(WITHIN).until(() -> audit.page(Category.OUTBOX, 0, 50).getContent().stream()
                .anyMatch(e -> e.event().equals("OUTBOX_MESSAGE_REFUSED") && e.message().contains("NotImplemented")));
        await().atMost(WITHIN).until(() -> outbox.isEmpty());
    }

    /**
     * Issue 13.7, no answer: before, an unanswered event waited TransactionMessageRetryInterval × n at the head of the
     * queue, holding the StartTransaction queued behind it back for the whole retry interval.
     */
    @Test
    void anUnansweredSecurityEventWaitsBehindTheTransactionMessagesQueuedAfterIt() {
        csms.unanswered.add("SecurityEventNotification");
        commission("CP-SILENTSEC", Map.of("messageTimeout", 2, "transactionMessageAttempts", 2,
                "transactionMessageRetryInterval", 8));
        awaitStatus(s -> s.registration() == Registration.ACCEPTED);
        securityEvents.raise(SecurityEvent.TamperDetectionActivated, "unanswered", clock.now());
        outbox.enqueue(start("TAG-3"), "local-3");

        await().atMost(java.time.Duration.ofSeconds(12)).until(() -> csms.count("StartTransaction") == 1);
        assertEquals(1, tamperSends(), "the StartTransaction went while the event waited for its retry");
        // retried after the interval, behind the transaction; unanswered again, it is dropped and audited
        await().atMost(java.time.Duration.ofSeconds(60)).until(() -> tamperSends() == 2);
        await().atMost(WITHIN).until(() -> audit.page(Category.OUTBOX, 0, 50).getContent().stream()
                .anyMatch(e -> e.event().equals("OUTBOX_MESSAGE_UNANSWERED") && e.message().contains("2 attempts")));
        await().atMost(WITHIN).until(() -> outbox.isEmpty());
        assertEquals(0, outbox.list(org.stationconfig.ocpp.outbox.MessageState.PARKED, 0, 10).items().size(),
                "dropped, not parked");
    }

    private long tamperSends() {
        return csms.received.stream().filter(call -> call.action().equals("SecurityEventNotification")
                && call.payload().get("type").getStringValue().equals("TamperDetectionActivated")).count();
    }

    @Test
    void anOfflineTransactionIsDeliveredInOrderWithTheServersIdPatchedIn() {
        csms.refuseUpgradeWith = 503;
        commission("CP-OFFLINE", Map.of());
        awaitStatus(s -> s.lastError() != null && "HTTP_OTHER".equals(s.lastError().code()));
        outbox.enqueue(start("TAG-1"), "local-1");
        outbox.enqueue(meterValues(500), "local-1");
        outbox.enqueue(stop(900), "local-1");

        csms.refuseUpgradeWith = 0;
        await().atMost(WITHIN).until(() -> csms.count("StopTransaction") == 1);
        List<String> order = csms.received.stream().map(CentralSystemScript.Received::action)
                .filter(action -> List.of("StartTransaction", "MeterValues", "StopTransaction").contains(action)).toList();
        assertEquals(List.of("StartTransaction", "MeterValues", "StopTransaction"), order);
        int serverId = csms.received.stream().filter(call -> call.action().equals("MeterValues")).findFirst()
                .orElseThrow().payload().get("transactionId").getIntValue();
        CentralSystemScript.Received stop = csms.awaitCall("StopTransaction", WITHIN);
        assertEquals(serverId, stop.payload().get("transactionId").getIntValue());
        assertEquals(true, serverId > 1000, "the id the central system gave, not the placeholder");
        int bootIndex = csms.received.indexOf(csms.awaitCall("BootNotification", WITHIN));
        int startIndex = csms.received.indexOf(csms.awaitCall("StartTransaction", WITHIN));
        assertEquals(true, bootIndex < startIndex, "nothing before BootNotification is Accepted");
    }
}
