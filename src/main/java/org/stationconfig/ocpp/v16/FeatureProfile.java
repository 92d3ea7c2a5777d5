package org.stationconfig.ocpp.v16;

/**
 * Feature profiles of S16 §3.3, spelled as in SupportedFeatureProfiles, plus {@link #Security} for the 11
 * whitepaper messages. The whitepaper names no profile; Security is our grouping (libocpp's too) and is never
 * listed in SupportedFeatureProfiles.
 */
public enum FeatureProfile {
    Core,
    FirmwareManagement,
    LocalAuthListManagement,
    Reservation,
    SmartCharging,
    RemoteTrigger,
    Security
}
