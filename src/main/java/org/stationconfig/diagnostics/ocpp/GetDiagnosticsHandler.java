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
import org.stationconfig.ocpp.v16.firmware.GetDiagnostics;

/**
 * GetDiagnostics (S16 §5.9): answers at once with the file's name, then collects the diagnostics log and the audit
 * log between startTime and stopTime and uploads it into the location (a directory), reporting each step with
 * DiagnosticsStatusNotification. A location the station cannot use is reported as UploadFailed right after the
 * answer. The answer names no file only when the station is shutting down.
 */
@Singleton
public class GetDiagnosticsHandler implements OcppHandler {

    private final Uploads uploads;
    private final UploadFileNames names;
    private final DiagnosticsProperties properties;

    public GetDiagnosticsHandler(Uploads uploads, UploadFileNames names, DiagnosticsProperties properties) {
        this.uploads = uploads;
        this.names = names;
        this.properties = properties;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(GetDiagnostics.ACTION, CallHandler.sync(this::answer));
    }

    private GetDiagnostics.Response answer(GetDiagnostics.Request request) {
        String fileName = names.name("diagnostics", null);
        UploadRequest upload = UploadRequest.of(UploadChannel.DIAGNOSTICS, null, LogKind.DIAGNOSTICS, fileName,
                request.location(), request.retries(), request.retryInterval(),
                new TimeWindow(request.startTime(), request.stopTime()), properties);
        return new GetDiagnostics.Response(uploads.start(upload) == Uploads.Start.REFUSED ? null : fileName);
    }
}
