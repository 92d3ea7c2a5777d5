package org.stationconfig.settings;

/**
 * The groups settings belong to; each setting not on the phone app's "OCPP 1.6 JSON" screen is drawn in the section
 * of its group. Labels are in the text bundle as {@code group.<NAME>.label}.
 */
public enum Group {
    OCPP,
    TRANSACTIONS,
    METERING,
    AUTHORIZATION,
    SECURITY,
    SMART_CHARGING,
    STATION,
    SYSTEM
}
