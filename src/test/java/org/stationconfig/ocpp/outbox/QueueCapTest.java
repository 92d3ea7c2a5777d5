package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.ocpp.outbox.Payloads.EMPTY_ANSWER;
import static org.stationconfig.ocpp.outbox.Payloads.SECURITY;
import static org.stationconfig.ocpp.outbox.Payloads.meter;
import static org.stationconfig.ocpp.outbox.Payloads.securityEvent;
import static org.stationconfig.ocpp.outbox.Payloads.start;
import static org.stationconfig.ocpp.outbox.Payloads.stop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.audit.AuditEntry;

/** A queue capped at 20 messages: MeterValues are thinned, Start/Stop and security events never. */
class QueueCapTest {

    private static final int CAP = 20;

    private OutboxStation station;
    private TransactionOutbox outbox;

    @BeforeEach
    void bootStation() {
        station = OutboxStation.start(Map.of("station.outbox.max-messages", CAP));
        outbox = station.outbox();
    }

    @AfterEach
    void stopStation() {
        station.close();
    }

    private List<Long> storedIds() {
        return outbox.list(null, 0, 200).items().stream().map(OutboxMessageView::id).toList();
    }

    private List<AuditEntry> audit(String event) {
        return station.outboxAudit().stream().filter(entry -> entry.event().equals(event)).toList();
    }

    @Test
    void pastTheCapOnlyIntermediateMeterValuesAreDroppedAndTheDropIsAudited() {
        long start = outbox.enqueue(start(0), "A");
        List<Long> meterValues = new ArrayList<>();
        for (int i = 1; i <= CAP - 1; i++) {
            meterValues.add(outbox.enqueue(meter(i), "A"));
        }
        assertEquals(CAP, storedIds().size());
        assertTrue(audit("OUTBOX_THINNED").isEmpty(), "nothing is thinned below the cap");

        long stop = outbox.enqueue(stop(100), "A");

        List<Long> stored = storedIds();
        // a tenth of the cap goes: every second intermediate MeterValues, oldest first
        List<Long> dropped = List.of(meterValues.get(1), meterValues.get(3));
        assertEquals(CAP - 1, stored.size());
        dropped.forEach(id -> assertFalse(stored.contains(id)));
        assertTrue(stored.containsAll(List.of(start, stop, meterValues.get(0), meterValues.get(CAP - 2))),
                "StartTransaction, StopTransaction and the first and last MeterValues stay");
        List<AuditEntry> thinned = audit("OUTBOX_THINNED");
        assertEquals(1, thinned.size());
        assertTrue(thinned.get(0).message().contains("dropped 2 intermediate MeterValues"), thinned.get(0).message());
        assertFalse(outbox.memoryExhausted());
    }

    @Test
    void startStopAndSecurityEventsAreKeptPastTheCapAndMemoryExhaustionIsReported() {
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < CAP / 2; i++) {
            queued.add(outbox.enqueue(start(i), "T" + i));
            queued.add(outbox.enqueue(stop(i), "T" + i));
        }
        assertFalse(outbox.memoryExhausted());

        queued.add(outbox.enqueue(securityEvent("SettingSystemTime"), null));
        queued.add(outbox.enqueue(start(99), "T99"));

        List<Long> stored = storedIds();
        assertTrue(stored.containsAll(queued), "nothing dropped");
        assertEquals(queued.size() + 1, stored.size(), "plus the MemoryExhaustion security event the station raised");
        assertTrue(outbox.memoryExhausted());
        assertTrue(outbox.list(null, 0, 1).memoryExhausted());
        List<OutboxMemoryExhausted> events = station.context().getBean(ExhaustionRecorder.class).events();
        assertEquals(1, events.size(), "reported once, when the cap is first passed");
        assertEquals(new OutboxMemoryExhausted(CAP + 1, CAP, station.now()), events.get(0));
        assertEquals(1, audit("OUTBOX_MEMORY_EXHAUSTED").size());

        for (int delivered = 0; delivered < 3; delivered++) {
            OutboundMessage message = outbox.next(station.now()).orElseThrow();
            outbox.answered(message.id(), EMPTY_ANSWER);
        }
        assertFalse(outbox.memoryExhausted(), "back at the cap once messages are delivered");
    }

    @Test
    void thinningResumesOnceMeterValuesBecomeIntermediateAgainAfterExhaustion() {
        for (int i = 0; i < CAP; i++) {
            outbox.enqueue(securityEvent("E" + i), null);
        }
        List<Long> meterValues = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            meterValues.add(outbox.enqueue(meter(i), "X"));
        }

        assertFalse(storedIds().contains(meterValues.get(1)), "the first intermediate MeterValues was dropped");
        // the MemoryExhaustion security event came in, and one more intermediate MeterValues was thinned for it
        assertEquals(CAP + 4, storedIds().size());
        assertTrue(audit("OUTBOX_THINNED").size() >= 1);
        assertTrue(outbox.memoryExhausted());
    }

    @Test
    void theMemoryExhaustionSecurityEventIsQueuedOnceWithoutRecursion() {
        station.close();
        station = OutboxStation.start(Map.of("station.outbox.max-messages", CAP));
        outbox = station.outbox();
        for (int i = 0; i <= CAP; i++) {
            outbox.enqueue(start(i), "T" + i);
        }

        assertEquals(1, station.context().getBean(ExhaustionRecorder.class).events().size());
        assertEquals(CAP + 2, outbox.list(null, 0, 200).total(), "the security event was queued too");
        assertEquals(SECURITY, outbox.list(null, 0, 200).items().get(CAP + 1).action());
    }

    @Test
    void theCountOfStoredMessagesSurvivesARestart() {
        for (int i = 0; i < CAP; i++) {
            outbox.enqueue(securityEvent("E" + i), null);
        }
        station.restart();
        outbox = station.outbox();

        outbox.enqueue(securityEvent("one more"), null);

        assertTrue(outbox.memoryExhausted());
    }
}
