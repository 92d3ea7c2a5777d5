package org.stationconfig.station.hardware;

import io.micronaut.core.annotation.Nullable;
import org.stationconfig.station.connector.ConnectorFault;

/**
 * The state a connector's sensors report.
 *
 * @param evDrawing the EV asks for energy (meaningful only while plugged)
 * @param fault     the fault the connector reports, null when none
 */
public record ConnectorSignals(boolean plugged, boolean evDrawing, boolean locked,
                               @Nullable ConnectorFault fault) {
}
