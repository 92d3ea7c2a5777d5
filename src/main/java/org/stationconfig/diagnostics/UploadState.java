package org.stationconfig.diagnostics;

import org.stationconfig.ocpp.v16.firmware.DiagnosticsStatusNotification.DiagnosticsStatus;
import org.stationconfig.ocpp.v16.security.LogStatusNotification.UploadLogStatus;

/** Where an upload is, in terms common to both channels; each status message has its own words for it. */
public enum UploadState {
    UPLOADING(DiagnosticsStatus.Uploading, UploadLogStatus.Uploading),
    UPLOADED(DiagnosticsStatus.Uploaded, UploadLogStatus.Uploaded),
    /** Every attempt failed (unreachable, refused, server error, ...). */
    FAILED(DiagnosticsStatus.UploadFailed, UploadLogStatus.UploadFailure),
    /** HTTP 401/403, or the FTP server refused the login or the file: retrying with the same URI cannot help. */
    PERMISSION_DENIED(DiagnosticsStatus.UploadFailed, UploadLogStatus.PermissionDenied),
    /** The location is not a URI the station can read. */
    BAD_LOCATION(DiagnosticsStatus.UploadFailed, UploadLogStatus.BadMessage),
    /** A scheme the station cannot upload with (not FTP, FTPS, HTTP, HTTPS). */
    UNSUPPORTED_SCHEME(DiagnosticsStatus.UploadFailed, UploadLogStatus.NotSupportedOperation);

    private final DiagnosticsStatus diagnostics;
    private final UploadLogStatus log;

    UploadState(DiagnosticsStatus diagnostics, UploadLogStatus log) {
        this.diagnostics = diagnostics;
        this.log = log;
    }

    /** DiagnosticsStatusNotification has one word for every failure (S16 §7.24). */
    public DiagnosticsStatus diagnosticsStatus() {
        return diagnostics;
    }

    public UploadLogStatus logStatus() {
        return log;
    }

    public boolean finished() {
        return this != UPLOADING;
    }
}
