package org.stationconfig.station.transaction;

/** Why a transaction ended; stored and shown by these names. */
public enum StopReason {
    EmergencyStop, EVDisconnected, HardReset, Local, Other, PowerLoss, Reboot, Remote, SoftReset, UnlockCommand,
    DeAuthorized
}
