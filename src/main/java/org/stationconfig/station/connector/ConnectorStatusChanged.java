package org.stationconfig.station.connector;

import java.time.Instant;

/** Published on every status change of a connector (0 = the station), for the app's live events. */
@io.micronaut.serde.annotation.Serdeable
public record ConnectorStatusChanged(int connectorId, ConnectorStatus status, ConnectorFault errorCode,
                                     Instant at) {
}
