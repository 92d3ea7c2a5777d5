package org.stationconfig.ocpp.v16.types;

/** S16 ch.7 (StatusNotification.errorCode). */
public enum ChargePointErrorCode {
    ConnectorLockFailure, EVCommunicationError, GroundFailure, HighTemperature, InternalError, LocalListConflict,
    NoError, OtherError, OverCurrentFailure, PowerMeterFailure, PowerSwitchFailure, ReaderFailure, ResetFailure,
    UnderVoltage, OverVoltage, WeakSignal
}
