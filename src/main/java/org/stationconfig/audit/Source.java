package org.stationconfig.audit;

/** Where a change came from, as the audit log names it. */
public enum Source {
    APP, CSMS, SYSTEM;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
