package org.stationconfig.station.connector;

import java.time.Instant;
import org.stationconfig.ocpp.v16.types.ChargePointErrorCode;
import org.stationconfig.ocpp.v16.types.ChargePointStatus;

/** Published on every status change of a connector (0 = the station), for the app's live events. */
@io.micronaut.serde.annotation.Serdeable
public record ConnectorStatusChanged(int connectorId, ChargePointStatus status, ChargePointErrorCode errorCode,
                                     Instant at) {
}
