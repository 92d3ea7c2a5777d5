package org.stationconfig.station.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A transaction.
 *
 * @param id            the central system's transactionId; null until StartTransaction was answered
 * @param localId       the station's own id
 * @param consumptionWh energy so far (active) or in total (finished)
 */
@Serdeable
public record TransactionView(
        @Nullable Integer id,
        String localId,
        String idTag,
        int meterStartWh,
        @Nullable Integer meterStopWh,
        int consumptionWh,
        Instant startedAt,
        @Nullable Instant stoppedAt,
        boolean active,
        @Nullable String stopReason) {
}
