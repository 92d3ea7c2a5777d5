package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;
import org.stationconfig.station.transaction.StopReason;

/** Published when a transaction starts or stops, for the app's live events. */
@io.micronaut.serde.annotation.Serdeable
public record TransactionChanged(int connectorId, String localId, String idTag, boolean active,
                                 @Nullable StopReason stopReason) {
}
