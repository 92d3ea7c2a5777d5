package org.stationconfig.diagnostics;

/** What a collected file holds. */
public enum LogKind {
    /** The service's diagnostics log and the audit log (GetDiagnostics, GetLog DiagnosticsLog). */
    DIAGNOSTICS("DiagnosticsLog"),
    /** The security log: the security events (GetLog SecurityLog, whitepaper A04.FR.04). */
    SECURITY("SecurityLog");

    private final String label;

    LogKind(String label) {
        this.label = label;
    }

    /** As in GetLog's logType and the file name. */
    public String label() {
        return label;
    }
}
