package org.stationconfig.station.transaction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A meter value kept for the transaction's StopTransaction.transactionData, as its OCPP JSON. */
@MappedEntity("station_transaction_sample")
public record TransactionSample(@Id @GeneratedValue @Nullable Long id, String localTransactionId, String meterValue) {
}
