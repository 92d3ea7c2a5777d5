package org.stationconfig.station.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.stationconfig.station.transaction.TransactionRecord;

/**
 * A transaction.
 *
 * @param id            the central system's transactionId; null until StartTransaction was answered
 * @param localId       the station's own id
 * @param consumptionWh energy so far (active) or in total (finished)
 * @param local         started while no central system was configured: kept on the station only, never sent
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
        @Nullable String stopReason,
        boolean local) {

    /** @param meterNowWh the register now (active) or at the stop */
    public static TransactionView of(TransactionRecord record, int meterNowWh) {
        return new TransactionView(record.serverId(), record.localId(), record.idTag(), record.meterStartWh(),
                record.meterStopWh(), Math.max(0, meterNowWh - record.meterStartWh()), record.startedAt(),
                record.stoppedAt(), record.active(), record.stopReason() == null ? null : record.stopReason().name(),
                record.localOnly());
    }
}
