package org.stationconfig.ocpp.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/**
 * {@code station.outbox.*}.
 *
 * @param maxMessages the cap on stored messages (queued, in flight and parked); past it MeterValues are thinned
 */
@ConfigurationProperties("station.outbox")
public record OutboxConfiguration(@Bindable(defaultValue = "10000") @Min(10) int maxMessages) {

    /** One thinning round frees a tenth of the cap, so the scan it needs runs once per that many enqueues. */
    int thinningBatch() {
        return Math.max(1, maxMessages / 10);
    }
}
