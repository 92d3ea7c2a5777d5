package org.stationconfig.diagnostics.ocpp;

import io.micronaut.core.annotation.Nullable;
import org.stationconfig.diagnostics.UploadChannel;
import org.stationconfig.diagnostics.UploadRequest;
import org.stationconfig.diagnostics.UploadState;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.firmware.DiagnosticsStatusNotification;
import org.stationconfig.ocpp.v16.firmware.DiagnosticsStatusNotification.DiagnosticsStatus;
import org.stationconfig.ocpp.v16.security.LogStatusNotification;
import org.stationconfig.ocpp.v16.security.LogStatusNotification.UploadLogStatus;

/** An upload's state in the words of each status message; no upload running is Idle, said only when triggered. */
final class OcppUploadStatus {

    private OcppUploadStatus() {
    }

    /** DiagnosticsStatusNotification has one word for every failure (S16 §7.24). */
    static DiagnosticsStatus diagnosticsStatus(@Nullable UploadState state) {
        if (state == null) {
            return DiagnosticsStatus.Idle;
        }
        return switch (state) {
            case UPLOADING -> DiagnosticsStatus.Uploading;
            case UPLOADED -> DiagnosticsStatus.Uploaded;
            case FAILED, PERMISSION_DENIED, BAD_LOCATION, UNSUPPORTED_SCHEME -> DiagnosticsStatus.UploadFailed;
        };
    }

    static UploadLogStatus logStatus(@Nullable UploadState state) {
        if (state == null) {
            return UploadLogStatus.Idle;
        }
        return switch (state) {
            case UPLOADING -> UploadLogStatus.Uploading;
            case UPLOADED -> UploadLogStatus.Uploaded;
            case FAILED -> UploadLogStatus.UploadFailure;
            case PERMISSION_DENIED -> UploadLogStatus.PermissionDenied;
            case BAD_LOCATION -> UploadLogStatus.BadMessage;
            case UNSUPPORTED_SCHEME -> UploadLogStatus.NotSupportedOperation;
        };
    }

    /** The notification of the request's channel; GetLog's carry its requestId (N01.FR.07). */
    static OcppRequest<?> notification(UploadRequest request, UploadState state) {
        return request.channel() == UploadChannel.LOG
                ? new LogStatusNotification.Request(logStatus(state), request.requestId())
                : new DiagnosticsStatusNotification.Request(diagnosticsStatus(state));
    }
}
