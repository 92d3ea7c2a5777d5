package org.stationconfig.diagnostics;

/** The two independent uploads a station runs, each with its own status message; at most one runs per channel. */
public enum UploadChannel {
    /** GetDiagnostics, reported by DiagnosticsStatusNotification (S16 §4.4, §5.9). */
    DIAGNOSTICS,
    /** GetLog, reported by LogStatusNotification with the request id (whitepaper N01). */
    LOG
}
