package org.stationconfig.ocpp.outbox;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of the outbox in queue order, with the counts of the whole outbox.
 *
 * @param total           messages matching the state filter (all pages)
 * @param memoryExhausted more messages are stored than the cap because nothing was left to thin
 */
@Serdeable
public record OutboxListing(
        List<OutboxMessageView> items,
        int page,
        int size,
        long total,
        long queued,
        long inFlight,
        long parked,
        int maxMessages,
        boolean memoryExhausted) {
}
