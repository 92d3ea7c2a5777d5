package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.station.authorization.Authorization;
import org.stationconfig.station.transaction.TransactionRecord;

/** A running transaction on a connector, with what its metering and the invalid-id rules need. */
final class OpenTransaction {

    /**
     * The central system did not accept the tag after the start (StopTransactionOnInvalidId, MaxEnergyOnInvalidId).
     *
     * @param stop     stop the transaction at the limit (else only stop delivering energy)
     * @param limitWh  the register value at which energy delivery ends
     */
    record Invalidated(boolean stop, double limitWh) {
    }

    TransactionRecord record;
    final Authorization authorization;
    /** The register at the last periodic sample, for Energy.Active.Import.Interval. */
    double periodStartWh;
    @Nullable Scheduler.Cancellable sampling;
    @Nullable Invalidated invalidated;

    OpenTransaction(TransactionRecord record, Authorization authorization) {
        this.record = record;
        this.authorization = authorization;
        this.periodStartWh = record.meterStartWh();
    }

    /** Energy delivery has ended because the id was invalidated and its allowance is used. */
    boolean suspendedByInvalidId(double registerWh) {
        return invalidated != null && registerWh >= invalidated.limitWh();
    }

    void stopSampling() {
        if (sampling != null) {
            sampling.cancel();
            sampling = null;
        }
    }
}
