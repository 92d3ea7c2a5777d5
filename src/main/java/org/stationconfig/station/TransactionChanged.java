package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;
import org.stationconfig.ocpp.v16.core.StopTransaction;

/** Published when a transaction starts or stops, for the app's live events. */
@io.micronaut.serde.annotation.Serdeable
public record TransactionChanged(int connectorId, String localId, String idTag, boolean active,
                                 @Nullable StopTransaction.Reason stopReason) {
}
