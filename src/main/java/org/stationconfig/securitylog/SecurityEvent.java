package org.stationconfig.securitylog;

import java.util.Set;

/** The whitepaper's security event types (WP2 §8) that this station raises. */
public enum SecurityEvent {
    FirmwareUpdated,
    FailedToAuthenticateAtCentralSystem,
    CentralSystemFailedToAuthenticate,
    SettingSystemTime,
    StartupOfTheDevice,
    ResetOrReboot,
    SecurityLogWasCleared,
    ReconfigurationOfSecurityParameters,
    MemoryExhaustion,
    InvalidMessages,
    AttemptedReplayAttacks,
    TamperDetectionActivated,
    InvalidFirmwareSignature,
    InvalidFirmwareSigningCertificate,
    InvalidCentralSystemCertificate,
    InvalidChargePointCertificate,
    InvalidTLSVersion,
    InvalidTLSCipherSuite;

    private static final Set<SecurityEvent> CRITICAL = Set.of(FirmwareUpdated, SettingSystemTime, StartupOfTheDevice,
            ResetOrReboot, SecurityLogWasCleared, MemoryExhaustion, TamperDetectionActivated);

    /** WP2 A04.FR.01: critical events SHALL be pushed to the central system. */
    public boolean critical() {
        return CRITICAL.contains(this);
    }
}
