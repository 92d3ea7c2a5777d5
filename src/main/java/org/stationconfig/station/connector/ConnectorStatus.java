package org.stationconfig.station.connector;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * S16 ch.7. Connector 0 may only be Available, Unavailable or Faulted.
 *
 * <p>The station's own status of a connector; the constants are spelled as the app and the stored data know them
 * (OCPP 1.6's names), the API document keeps the schema name it always had.
 */
@Schema(name = "ChargePointStatus", description = "S16 ch.7. Connector 0 may only be Available, Unavailable or Faulted.")
public enum ConnectorStatus {
    Available, Preparing, Charging, SuspendedEVSE, SuspendedEV, Finishing, Reserved, Unavailable, Faulted
}
