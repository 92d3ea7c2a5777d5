package org.stationconfig.firmware.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stationconfig.firmware.FirmwareStatus;
import org.stationconfig.firmware.FirmwareUpdate;
import org.stationconfig.ocpp.v16.firmware.FirmwareStatusNotification;
import org.stationconfig.ocpp.v16.security.SignedFirmwareStatusNotification;

/**
 * Which message an update's status becomes: signed updates always with their requestId (L01.FR.10), plain ones as the
 * 1.6 message without one and only for the seven 1.6 statuses; triggers answer Idle when nothing runs (S16 §4.5).
 */
class FirmwareMessagesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aSignedUpdatesStatusCarriesItsRequestId() {
        assertEquals(Optional.of(new SignedFirmwareStatusNotification.Request(
                        SignedFirmwareStatusNotification.FirmwareStatus.InstallScheduled, 12)),
                FirmwareStatusReports.message(signed(12, FirmwareStatus.InstallScheduled)));
    }

    @Test
    void aPlainUpdateIsReportedWithThe16MessageAndOnlyForSteps16Knows() {
        assertEquals(Optional.of(new FirmwareStatusNotification.Request(FirmwareStatusNotification.FirmwareStatus.Downloaded)),
                FirmwareStatusReports.message(legacy(FirmwareStatus.Downloaded)));
        assertEquals(Optional.of(new FirmwareStatusNotification.Request(FirmwareStatusNotification.FirmwareStatus.InstallationFailed)),
                FirmwareStatusReports.message(legacy(FirmwareStatus.InstallVerificationFailed)));
        assertEquals(Optional.empty(), FirmwareStatusReports.message(legacy(FirmwareStatus.DownloadScheduled)));
        assertEquals(Optional.empty(), FirmwareStatusReports.message(legacy(FirmwareStatus.InstallRebooting)));
    }

    @Test
    void aTriggerAnswersTheStepAnUpdateIsInOrIdle() {
        assertEquals(FirmwareStatusNotification.FirmwareStatus.Idle, LegacyFirmwareStatus.current(null));
        assertEquals(FirmwareStatusNotification.FirmwareStatus.Downloaded,
                LegacyFirmwareStatus.current(signed(3, FirmwareStatus.InstallScheduled)));
        assertEquals(FirmwareStatusNotification.FirmwareStatus.Installing,
                LegacyFirmwareStatus.current(signed(3, FirmwareStatus.InstallRebooting)));
        assertEquals(FirmwareStatusNotification.FirmwareStatus.Idle,
                LegacyFirmwareStatus.current(signed(3, FirmwareStatus.Installed)), "finished");

        assertEquals(new SignedFirmwareStatusNotification.Request(SignedFirmwareStatusNotification.FirmwareStatus.Idle,
                null), FirmwareStatusTrigger.signed(null));
        assertEquals(new SignedFirmwareStatusNotification.Request(
                        SignedFirmwareStatusNotification.FirmwareStatus.Downloading, 3),
                FirmwareStatusTrigger.signed(signed(3, FirmwareStatus.Downloading)));
        SignedFirmwareStatusNotification.Request finished =
                FirmwareStatusTrigger.signed(signed(3, FirmwareStatus.InvalidSignature));
        assertEquals(SignedFirmwareStatusNotification.FirmwareStatus.Idle, finished.status());
        assertNull(finished.requestId(), "Idle may go without a requestId (L01.FR.21)");
    }

    static FirmwareUpdate signed(int requestId, FirmwareStatus status) {
        return update(true, requestId, status);
    }

    static FirmwareUpdate legacy(FirmwareStatus status) {
        return update(false, null, status);
    }

    /** An update as stored; only its kind, request id and status matter to the messages. */
    private static FirmwareUpdate update(boolean signed, Integer requestId, FirmwareStatus status) {
        return new FirmwareUpdate(1, signed, requestId, "https://host/fw-2.0.bin", NOW, null, 1, 10,
                signed ? "pem" : null, signed ? "signature" : null, status, false, 0, "", null, NOW, NOW, null);
    }
}
