package org.stationconfig.station.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code GET /api/v1/station}: the charge point and its connectors, as the app's device screen shows them. */
@Serdeable
public record StationView(ChargePointInfo chargePoint, List<ConnectorView> connectors) {
}
