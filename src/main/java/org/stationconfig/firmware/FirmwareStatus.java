package org.stationconfig.firmware;

/**
 * Where an update is: the security whitepaper's fourteen firmware statuses (L01), the station's own. The names are
 * stored in {@code firmware_update.status} and are the wire words of SignedFirmwareStatusNotification; the 1.6
 * FirmwareStatusNotification knows seven of them (the {@code ocpp} adapter says which).
 */
public enum FirmwareStatus {
    /** Accepted, nothing happened yet. */
    Idle,
    DownloadScheduled,
    Downloading,
    DownloadPaused,
    Downloaded,
    DownloadFailed,
    SignatureVerified,
    InvalidSignature,
    InstallScheduled,
    Installing,
    InstallRebooting,
    Installed,
    InstallationFailed,
    InstallVerificationFailed
}
