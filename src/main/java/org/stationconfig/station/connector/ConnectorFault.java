package org.stationconfig.station.connector;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * S16 ch.7 (StatusNotification.errorCode).
 *
 * <p>What the hardware reports wrong at a connector, in the station's words; {@link #NoError} is the error code
 * of a connector without a fault. Spelled as the app knows it; the API document keeps its schema name.
 */
@Schema(name = "ChargePointErrorCode", description = "S16 ch.7 (StatusNotification.errorCode).")
public enum ConnectorFault {
    ConnectorLockFailure, EVCommunicationError, GroundFailure, HighTemperature, InternalError, LocalListConflict,
    NoError, OtherError, OverCurrentFailure, PowerMeterFailure, PowerSwitchFailure, ReaderFailure, ResetFailure,
    UnderVoltage, OverVoltage, WeakSignal
}
