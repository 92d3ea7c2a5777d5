package org.stationconfig.station.ocpp;

import java.time.Instant;
import org.stationconfig.ocpp.v16.core.StatusNotification;
import org.stationconfig.ocpp.v16.types.ChargePointErrorCode;
import org.stationconfig.ocpp.v16.types.ChargePointStatus;
import org.stationconfig.station.connector.ConnectorFault;
import org.stationconfig.station.connector.ConnectorStatus;

/** A connector's status and fault ↔ OCPP 1.6 ChargePointStatus and ChargePointErrorCode (S16 ch.7). */
public final class ConnectorStatusWire {

    private ConnectorStatusWire() {
    }

    public static StatusNotification.Request request(int connectorId, ConnectorStatus status, ConnectorFault fault,
                                                     Instant at) {
        return new StatusNotification.Request(connectorId, toWire(fault), null, toWire(status), at, null, null);
    }

    public static ChargePointStatus toWire(ConnectorStatus status) {
        return switch (status) {
            case Available -> ChargePointStatus.Available;
            case Preparing -> ChargePointStatus.Preparing;
            case Charging -> ChargePointStatus.Charging;
            case SuspendedEVSE -> ChargePointStatus.SuspendedEVSE;
            case SuspendedEV -> ChargePointStatus.SuspendedEV;
            case Finishing -> ChargePointStatus.Finishing;
            case Reserved -> ChargePointStatus.Reserved;
            case Unavailable -> ChargePointStatus.Unavailable;
            case Faulted -> ChargePointStatus.Faulted;
        };
    }

    public static ConnectorStatus fromWire(ChargePointStatus status) {
        return switch (status) {
            case Available -> ConnectorStatus.Available;
            case Preparing -> ConnectorStatus.Preparing;
            case Charging -> ConnectorStatus.Charging;
            case SuspendedEVSE -> ConnectorStatus.SuspendedEVSE;
            case SuspendedEV -> ConnectorStatus.SuspendedEV;
            case Finishing -> ConnectorStatus.Finishing;
            case Reserved -> ConnectorStatus.Reserved;
            case Unavailable -> ConnectorStatus.Unavailable;
            case Faulted -> ConnectorStatus.Faulted;
        };
    }

    public static ChargePointErrorCode toWire(ConnectorFault fault) {
        return switch (fault) {
            case ConnectorLockFailure -> ChargePointErrorCode.ConnectorLockFailure;
            case EVCommunicationError -> ChargePointErrorCode.EVCommunicationError;
            case GroundFailure -> ChargePointErrorCode.GroundFailure;
            case HighTemperature -> ChargePointErrorCode.HighTemperature;
            case InternalError -> ChargePointErrorCode.InternalError;
            case LocalListConflict -> ChargePointErrorCode.LocalListConflict;
            case NoError -> ChargePointErrorCode.NoError;
            case OtherError -> ChargePointErrorCode.OtherError;
            case OverCurrentFailure -> ChargePointErrorCode.OverCurrentFailure;
            case PowerMeterFailure -> ChargePointErrorCode.PowerMeterFailure;
            case PowerSwitchFailure -> ChargePointErrorCode.PowerSwitchFailure;
            case ReaderFailure -> ChargePointErrorCode.ReaderFailure;
            case ResetFailure -> ChargePointErrorCode.ResetFailure;
            case UnderVoltage -> ChargePointErrorCode.UnderVoltage;
            case OverVoltage -> ChargePointErrorCode.OverVoltage;
            case WeakSignal -> ChargePointErrorCode.WeakSignal;
        };
    }

    public static ConnectorFault fromWire(ChargePointErrorCode code) {
        return switch (code) {
            case ConnectorLockFailure -> ConnectorFault.ConnectorLockFailure;
            case EVCommunicationError -> ConnectorFault.EVCommunicationError;
            case GroundFailure -> ConnectorFault.GroundFailure;
            case HighTemperature -> ConnectorFault.HighTemperature;
            case InternalError -> ConnectorFault.InternalError;
            case LocalListConflict -> ConnectorFault.LocalListConflict;
            case NoError -> ConnectorFault.NoError;
            case OtherError -> ConnectorFault.OtherError;
            case OverCurrentFailure -> ConnectorFault.OverCurrentFailure;
            case PowerMeterFailure -> ConnectorFault.PowerMeterFailure;
            case PowerSwitchFailure -> ConnectorFault.PowerSwitchFailure;
            case ReaderFailure -> ConnectorFault.ReaderFailure;
            case ResetFailure -> ConnectorFault.ResetFailure;
            case UnderVoltage -> ConnectorFault.UnderVoltage;
            case OverVoltage -> ConnectorFault.OverVoltage;
            case WeakSignal -> ConnectorFault.WeakSignal;
        };
    }
}
