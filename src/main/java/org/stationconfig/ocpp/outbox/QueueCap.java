package org.stationconfig.ocpp.outbox;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the number of stored messages at {@code station.outbox.max-messages} by thinning MeterValues
 * ({@link MeterValuesThinning}); when nothing is left to thin, messages are still stored and the outbox reports
 * memory exhaustion instead. The count is kept in memory (the outbox is the only writer) so that an enqueue does
 * not count 10 000 rows. Callers hold the outbox lock.
 */
@Singleton
class QueueCap {

    private final OutboxConfiguration configuration;
    private final OutboxMessageRepository messages;
    private final OutboxJournal journal;
    private final ApplicationEventPublisher<OutboxMemoryExhausted> events;
    private final Clock clock;
    private int stored;
    private boolean exhausted;
    /** After a scan found nothing to thin, the next one waits until this count: no full scan per enqueue. */
    private int rescanAt;

    QueueCap(OutboxConfiguration configuration, OutboxMessageRepository messages, OutboxJournal journal,
             ApplicationEventPublisher<OutboxMemoryExhausted> events, Clock clock) {
        this.configuration = configuration;
        this.messages = messages;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    void load(long count) {
        stored = (int) count;
        exhausted = stored > configuration.maxMessages();
    }

    /**
     * Makes room for one more message if the cap is reached, inside the caller's write transaction.
     *
     * @return the ids dropped, to be applied to the count with {@link #stored} once committed
     */
    List<Long> thinForOneMore() {
        if (stored < configuration.maxMessages() || stored < rescanAt) {
            return List.of();
        }
        int wanted = Math.max(configuration.thinningBatch(), stored - configuration.maxMessages() + 1);
        List<MeterValuesRef> meterValues = messages.findMeterValues();
        List<Long> dropped = MeterValuesThinning.pick(meterValues, wanted);
        if (dropped.isEmpty()) {
            rescanAt = stored + configuration.thinningBatch();
            return dropped;
        }
        messages.deleteByIdIn(dropped);
        Set<Long> droppedIds = new HashSet<>(dropped);
        String transactions = meterValues.stream().filter(ref -> droppedIds.contains(ref.id()))
                .map(ref -> ref.localTransactionId() == null ? "none" : ref.localTransactionId())
                .distinct().collect(Collectors.joining(", "));
        journal.record("OUTBOX_THINNED",
                "Queue at its cap of %d messages: dropped %d intermediate MeterValues (ids %d to %d; transactions: %s)"
                        .formatted(configuration.maxMessages(), dropped.size(), dropped.get(0),
                                dropped.get(dropped.size() - 1), transactions));
        return dropped;
    }

    /** Applies a committed change to the count; publishes {@link OutboxMemoryExhausted} when it first goes over. */
    void stored(int delta) {
        stored += delta;
        boolean wasExhausted = exhausted;
        // set before publishing: a listener may enqueue (the MemoryExhaustion security event) and re-enter here
        exhausted = stored > configuration.maxMessages();
        if (exhausted && !wasExhausted) {
            journal.record("OUTBOX_MEMORY_EXHAUSTED",
                    "%d messages stored, cap %d: nothing left to thin, messages are kept anyway"
                            .formatted(stored, configuration.maxMessages()));
            events.publishEvent(new OutboxMemoryExhausted(stored, configuration.maxMessages(), clock.instant()));
        }
    }

    boolean exhausted() {
        return exhausted;
    }

    int storedMessages() {
        return stored;
    }
}
