package org.stationconfig.diagnostics.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.diagnostics.DiagnosticsProperties;
import org.stationconfig.diagnostics.LogKind;
import org.stationconfig.diagnostics.TimeWindow;
import org.stationconfig.diagnostics.UploadChannel;
import org.stationconfig.diagnostics.UploadFileNames;
import org.stationconfig.diagnostics.UploadRequest;
import org.stationconfig.diagnostics.Uploads;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.CallHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.security.GetLog;
import org.stationconfig.ocpp.v16.security.GetLog.LogStatus;

/**
 * GetLog (whitepaper N01): DiagnosticsLog uploads the diagnostics and audit logs, SecurityLog the security events,
 * between oldestTimestamp and latestTimestamp, into the remote location (a directory). Accepted with the file's
 * name; AcceptedCanceled when it cancelled an upload still running (N01.FR.11); Rejected only while the station
 * shuts down. Every LogStatusNotification that follows carries the requestId (N01.FR.07); a location the station
 * cannot use is reported as BadMessage or NotSupportedOperation.
 */
@Singleton
public class GetLogHandler implements OcppHandler {

    private final Uploads uploads;
    private final UploadFileNames names;
    private final DiagnosticsProperties properties;

    public GetLogHandler(Uploads uploads, UploadFileNames names, DiagnosticsProperties properties) {
        this.uploads = uploads;
        this.names = names;
        this.properties = properties;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(GetLog.ACTION, CallHandler.sync(this::answer));
    }

    private GetLog.Response answer(GetLog.Request request) {
        LogKind kind = kind(request.logType());
        String fileName = names.name(kind.label(), request.requestId());
        UploadRequest upload = UploadRequest.of(UploadChannel.LOG, request.requestId(), kind, fileName,
                request.log().remoteLocation(), request.retries(), request.retryInterval(),
                new TimeWindow(request.log().oldestTimestamp(), request.log().latestTimestamp()), properties);
        return switch (uploads.start(upload)) {
            case STARTED -> new GetLog.Response(LogStatus.Accepted, fileName);
            case REPLACED -> new GetLog.Response(LogStatus.AcceptedCanceled, fileName);
            case REFUSED -> new GetLog.Response(LogStatus.Rejected, null);
        };
    }

    static LogKind kind(GetLog.LogType logType) {
        return switch (logType) {
            case DiagnosticsLog -> LogKind.DIAGNOSTICS;
            case SecurityLog -> LogKind.SECURITY;
        };
    }
}
