package org.stationconfig.station.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A transaction in the station's list (issue 14): as in {@link TransactionView}, with where it happened and the name
 * of the local tag that started it.
 *
 * @param tagName the local tag's name; null when the tag is not (or no longer) a local tag
 * @param local   started while no central system was configured: kept on the station only, never sent
 */
@Serdeable
public record TransactionListEntry(
        @Nullable Integer id,
        String localId,
        int connectorId,
        String idTag,
        @Nullable String tagName,
        int meterStartWh,
        @Nullable Integer meterStopWh,
        int consumptionWh,
        Instant startedAt,
        @Nullable Instant stoppedAt,
        boolean active,
        @Nullable String stopReason,
        boolean local) {

    public static TransactionListEntry of(int connectorId, TransactionView v, @Nullable String tagName) {
        return new TransactionListEntry(v.id(), v.localId(), connectorId, v.idTag(), tagName, v.meterStartWh(),
                v.meterStopWh(), v.consumptionWh(), v.startedAt(), v.stoppedAt(), v.active(), v.stopReason(),
                v.local());
    }
}
