package org.stationconfig.bench;

import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.outbox.MessageState;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.v16.core.MeterValues;
import org.stationconfig.ocpp.v16.types.MeterValue;
import org.stationconfig.ocpp.v16.types.SampledValue;

/**
 * The durable outbox on the real SQLite file: MeterValues queued while OCPP is switched off, then the time from
 * switching it on to the last message answered and committed (reconnect without BootNotification, StatusNotifications,
 * then the queue one message at a time).
 */
final class OutboxDrain {

    /** One round: how long queueing took and how long the queue took to drain. */
    record Round(double enqueueSeconds, double drainSeconds) {
    }

    private static final long DRAIN_WITHIN_MINUTES = 5;

    private final BenchStation station;
    private final TransactionOutbox outbox;
    private final DeliveredMessages delivered;

    OutboxDrain(BenchStation station) {
        this.station = station;
        this.outbox = station.bean(TransactionOutbox.class);
        this.delivered = station.bean(DeliveredMessages.class);
    }

    /** Starts from an Accepted station and leaves it Accepted with an empty outbox. */
    Round run(int messages) {
        await().atMost(BenchStation.WITHIN).until(outbox::isEmpty);
        station.change(Map.of("enabled", false));
        await().atMost(BenchStation.WITHIN).until(() -> !station.bean(CentralSystem.class).online());

        long enqueueStart = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            outbox.enqueue(meterValues(i), null);
        }
        long enqueueEnd = System.nanoTime();
        long queued = outbox.list(MessageState.QUEUED, 0, 1).total();
        if (queued != messages) {
            throw new IllegalStateException(messages + " MeterValues queued, the outbox holds " + queued);
        }

        CompletableFuture<Long> drained = delivered.expect(messages);
        long drainStart = System.nanoTime();
        station.change(Map.of("enabled", true));
        long drainEnd;
        try {
            drainEnd = drained.get(DRAIN_WITHIN_MINUTES, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("the outbox did not drain: " + outbox.list(null, 0, 1), e);
        }
        if (!outbox.isEmpty()) {
            throw new IllegalStateException("messages answered but the outbox is not empty: " + outbox.list(null, 0, 1));
        }
        return new Round((enqueueEnd - enqueueStart) / 1e9, (drainEnd - drainStart) / 1e9);
    }

    static Samples enqueueTimes(int messages, List<Round> rounds) {
        return new Samples("queue " + messages + " MeterValues (station offline)", "s",
                rounds.stream().map(Round::enqueueSeconds).toList());
    }

    static Samples drainTimes(int messages, List<Round> rounds) {
        return new Samples("drain " + messages + " MeterValues (enabled → last answer committed)", "s",
                rounds.stream().map(Round::drainSeconds).toList());
    }

    /** As the station queues a sample taken offline (cf. the outbox tests' Payloads.meter). */
    private static MeterValues.Request meterValues(int wh) {
        return new MeterValues.Request(1, null, List.of(new MeterValue(Instant.parse("2026-01-10T08:01:00Z"),
                List.of(SampledValue.of(String.valueOf(wh))))));
    }
}
