package org.stationconfig.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.stationconfig.ocpp.outbox.OutboxAnswer;

/** Counts outbox messages answered by the central system (the event comes after the answer is committed). */
@Singleton
@Requires(property = StationBenchmark.ENABLED, value = "true")
public class DeliveredMessages {

    private final AtomicInteger delivered = new AtomicInteger();
    private volatile int target = Integer.MAX_VALUE;
    private volatile CompletableFuture<Long> reached = new CompletableFuture<>();

    /** Completes with {@link System#nanoTime()} when {@code count} more messages have been delivered. */
    CompletableFuture<Long> expect(int count) {
        reached = new CompletableFuture<>();
        target = delivered.get() + count;
        return reached;
    }

    @EventListener
    void answered(OutboxAnswer answer) {
        if (delivered.incrementAndGet() == target) {
            reached.complete(System.nanoTime());
        }
    }
}
