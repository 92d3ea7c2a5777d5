package org.stationconfig.diagnostics.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stationconfig.diagnostics.LogKind;
import org.stationconfig.diagnostics.TimeWindow;
import org.stationconfig.diagnostics.UploadChannel;
import org.stationconfig.diagnostics.UploadRequest;
import org.stationconfig.diagnostics.UploadState;
import org.stationconfig.ocpp.v16.firmware.DiagnosticsStatusNotification;
import org.stationconfig.ocpp.v16.firmware.DiagnosticsStatusNotification.DiagnosticsStatus;
import org.stationconfig.ocpp.v16.security.GetLog;
import org.stationconfig.ocpp.v16.security.LogStatusNotification;
import org.stationconfig.ocpp.v16.security.LogStatusNotification.UploadLogStatus;

/**
 * The diagnostics feature's upload states and log kinds against the wire's words: a constant added on either side
 * without its counterpart fails here.
 */
class UploadStatusMappingTest {

    @Test
    void everyUploadStateHasALogStatusOfItsOwnAndEveryLogStatusIsReached() {
        Set<UploadLogStatus> reached = EnumSet.of(OcppUploadStatus.logStatus(null));
        for (UploadState state : UploadState.values()) {
            reached.add(OcppUploadStatus.logStatus(state));
        }
        assertEquals(EnumSet.allOf(UploadLogStatus.class), reached);
        assertEquals(UploadState.values().length + 1, reached.size(), "GetLog tells every outcome apart (N01)");
        assertEquals(UploadLogStatus.Idle, OcppUploadStatus.logStatus(null), "nothing running");
    }

    @Test
    void everyUploadStateHasADiagnosticsStatusAndEveryDiagnosticsStatusIsReached() {
        Set<DiagnosticsStatus> reached = EnumSet.of(OcppUploadStatus.diagnosticsStatus(null));
        for (UploadState state : UploadState.values()) {
            DiagnosticsStatus status = OcppUploadStatus.diagnosticsStatus(state);
            reached.add(status);
            assertEquals(state.finished() && state != UploadState.UPLOADED, status == DiagnosticsStatus.UploadFailed,
                    state + ": 1.6 has one word for every failure (S16 §7.24)");
        }
        assertEquals(EnumSet.allOf(DiagnosticsStatus.class), reached);
        assertEquals(DiagnosticsStatus.Idle, OcppUploadStatus.diagnosticsStatus(null), "nothing running");
    }

    @Test
    void eachChannelIsReportedWithItsOwnMessageAndGetLogsWithItsRequestId() {
        assertEquals(new LogStatusNotification.Request(UploadLogStatus.PermissionDenied, 42),
                OcppUploadStatus.notification(request(UploadChannel.LOG, 42), UploadState.PERMISSION_DENIED));
        assertEquals(new DiagnosticsStatusNotification.Request(DiagnosticsStatus.UploadFailed),
                OcppUploadStatus.notification(request(UploadChannel.DIAGNOSTICS, null), UploadState.PERMISSION_DENIED));
    }

    @Test
    void everyLogTypeIsTheLogKindOfTheSameNameAndEveryKindIsReached() {
        Set<LogKind> reached = EnumSet.noneOf(LogKind.class);
        for (GetLog.LogType type : GetLog.LogType.values()) {
            LogKind kind = GetLogHandler.kind(type);
            assertEquals(type.name(), kind.label(), "the label is GetLog's logType (in the file name too)");
            reached.add(kind);
        }
        assertEquals(EnumSet.allOf(LogKind.class), reached);
    }

    private static UploadRequest request(UploadChannel channel, Integer requestId) {
        return new UploadRequest(channel, requestId, LogKind.DIAGNOSTICS, "f.log", "https://host/logs", 0,
                Duration.ZERO, new TimeWindow(null, null));
    }
}
