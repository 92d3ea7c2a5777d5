package org.stationconfig.settings;

/** The sections the app groups settings into; the first mirrors the phone app's "OCPP 1.6 JSON" screen. */
public enum Group {
    OCPP("OCPP 1.6 JSON"),
    TRANSACTIONS("Transactions"),
    METERING("Metering"),
    AUTHORIZATION("Authorisation"),
    SECURITY("Security"),
    SMART_CHARGING("Smart charging"),
    STATION("Station identity"),
    SYSTEM("System");

    private final String label;

    Group(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
