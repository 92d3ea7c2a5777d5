package org.stationconfig.station.transaction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.stationconfig.station.authorization.TagStatus;

/**
 * One transaction as stored.
 *
 * @param localId      the station's own id, also the outbox's local transaction id
 * @param startQueued  its StartTransaction is in the outbox (or delivered)
 * @param serverId     the central system's transactionId, once StartTransaction was answered
 * @param idTagStatus  the idTagInfo status in that answer
 * @param lastMeterWh  the register at the last sample: what a power loss leaves as the meter stop
 * @param lastSeenAt   when the station last sampled it: what a power loss leaves as the stop time
 * @param stopQueued   its StopTransaction is in the outbox (or delivered)
 * @param reservationId the reservation the start ended, sent in StartTransaction.req (S16 §5.13)
 * @param localOnly    started while no central system was configured: no message of it is ever queued (issue 14)
 */
@MappedEntity("station_transaction")
public record TransactionRecord(
        @Id String localId,
        int connectorId,
        String idTag,
        @Nullable String parentIdTag,
        int meterStartWh,
        Instant startedAt,
        boolean startQueued,
        @Nullable Integer serverId,
        @Nullable TagStatus idTagStatus,
        int lastMeterWh,
        Instant lastSeenAt,
        @Nullable Instant stoppedAt,
        @Nullable Integer meterStopWh,
        @Nullable StopReason stopReason,
        @Nullable String stopIdTag,
        boolean stopQueued,
        @Nullable Integer reservationId,
        boolean localOnly) {

    public boolean active() {
        return stoppedAt == null;
    }

    TransactionRecord withStartQueued() {
        return new TransactionRecord(localId, connectorId, idTag, parentIdTag, meterStartWh, startedAt, true, serverId,
                idTagStatus, lastMeterWh, lastSeenAt, stoppedAt, meterStopWh, stopReason, stopIdTag, stopQueued,
                reservationId, localOnly);
    }

    TransactionRecord answered(@Nullable Integer server, @Nullable TagStatus status) {
        return new TransactionRecord(localId, connectorId, idTag, parentIdTag, meterStartWh, startedAt, startQueued,
                server, status, lastMeterWh, lastSeenAt, stoppedAt, meterStopWh, stopReason, stopIdTag, stopQueued,
                reservationId, localOnly);
    }

    TransactionRecord seen(int meterWh, Instant at) {
        return new TransactionRecord(localId, connectorId, idTag, parentIdTag, meterStartWh, startedAt, startQueued,
                serverId, idTagStatus, meterWh, at, stoppedAt, meterStopWh, stopReason, stopIdTag, stopQueued,
                reservationId, localOnly);
    }

    TransactionRecord stopped(int meterWh, Instant at, StopReason reason, @Nullable String byTag) {
        return new TransactionRecord(localId, connectorId, idTag, parentIdTag, meterStartWh, startedAt, startQueued,
                serverId, idTagStatus, meterWh, at, at, meterWh, reason, byTag, false, reservationId, localOnly);
    }

    TransactionRecord withStopQueued() {
        return new TransactionRecord(localId, connectorId, idTag, parentIdTag, meterStartWh, startedAt, startQueued,
                serverId, idTagStatus, lastMeterWh, lastSeenAt, stoppedAt, meterStopWh, stopReason, stopIdTag, true,
                reservationId, localOnly);
    }
}
