package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.ocpp.outbox.Payloads.EMPTY_ANSWER;
import static org.stationconfig.ocpp.outbox.Payloads.meter;
import static org.stationconfig.ocpp.outbox.Payloads.start;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The station is stopped and started again on the same SQLite file. */
class OutboxRestartTest {

    private OutboxStation station;

    @BeforeEach
    void bootStation() {
        station = OutboxStation.start();
    }

    @AfterEach
    void stopStation() {
        station.close();
    }

    private Optional<OutboundMessage> next() {
        return station.outbox().next(station.now());
    }

    @Test
    void queuedMessagesSurviveARestartInOrder() {
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            queued.add(station.outbox().enqueue(meter(i), "tx"));
        }

        station.restart();

        List<Long> sent = new ArrayList<>();
        for (Optional<OutboundMessage> next = next(); next.isPresent(); next = next()) {
            sent.add(next.get().id());
            station.outbox().answered(next.get().id(), EMPTY_ANSWER);
        }
        assertEquals(queued, sent);
    }

    @Test
    void aMessageInFlightAtARestartIsQueuedAgainAndResent() {
        long id = station.outbox().enqueue(start(1), "tx");
        assertEquals(id, next().orElseThrow().id());

        station.restart();

        assertEquals(MessageState.QUEUED, station.outbox().find(id).orElseThrow().state());
        OutboundMessage again = next().orElseThrow();
        assertEquals(id, again.id());
        assertEquals(1, again.send(), "a crash is not a failure of the central system: no attempt used");
        assertEquals("OUTBOX_MESSAGE_RESENT", station.outboxAudit().get(0).event());
    }

    @Test
    void attemptsAndTheRetryWaitSurviveARestart() {
        station.set(Map.of("transactionMessageAttempts", 3, "transactionMessageRetryInterval", 100));
        long id = station.outbox().enqueue(meter(1), null);
        next();
        station.outbox().failed(id, Failure.CALL_ERROR, "GenericError");
        station.advance(Duration.ofSeconds(20));

        station.restart();

        assertEquals(Optional.of(station.now().plusSeconds(80)), station.outbox().nextDueAt());
        assertEquals(Optional.empty(), next());
        station.advance(Duration.ofSeconds(80));
        assertEquals(2, next().orElseThrow().send());
    }

    @Test
    void aDeliveredMessageIsNeverSentAgainAfterARestart() {
        long id = station.outbox().enqueue(meter(1), null);
        next();
        assertTrue(station.outbox().answered(id, EMPTY_ANSWER));

        station.restart();

        assertTrue(station.outbox().isEmpty());
        assertEquals(Optional.empty(), next());
    }
}
