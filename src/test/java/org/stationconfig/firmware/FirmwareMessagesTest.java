package org.stationconfig.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.v16.firmware.FirmwareStatusNotification;
import org.stationconfig.ocpp.v16.security.SignedFirmwareStatusNotification;
import org.stationconfig.ocpp.v16.security.SignedFirmwareStatusNotification.FirmwareStatus;

/**
 * Which message an update's status becomes: signed updates always with their requestId (L01.FR.10), plain ones as the
 * 1.6 message without one and only for the seven 1.6 statuses; triggers answer Idle when nothing runs (S16 §4.5).
 */
class FirmwareMessagesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aSignedUpdatesStatusCarriesItsRequestId() {
        assertEquals(Optional.of(new SignedFirmwareStatusNotification.Request(FirmwareStatus.InstallScheduled, 12)),
                FirmwareStatusReports.message(signed(12).withStatus(FirmwareStatus.InstallScheduled, NOW)));
    }

    @Test
    void aPlainUpdateIsReportedWithThe16MessageAndOnlyForSteps16Knows() {
        FirmwareUpdate legacy = FirmwareUpdate.requested(new FirmwareRequest(false, null, "ftp://host/fw-1.2.bin", NOW,
                null, 1, 10, null, null), NOW);
        assertEquals(Optional.of(new FirmwareStatusNotification.Request(FirmwareStatusNotification.FirmwareStatus.Downloaded)),
                FirmwareStatusReports.message(legacy.withStatus(FirmwareStatus.Downloaded, NOW)));
        assertEquals(Optional.of(new FirmwareStatusNotification.Request(FirmwareStatusNotification.FirmwareStatus.InstallationFailed)),
                FirmwareStatusReports.message(legacy.withStatus(FirmwareStatus.InstallVerificationFailed, NOW)));
        assertEquals(Optional.empty(), FirmwareStatusReports.message(legacy.withStatus(FirmwareStatus.DownloadScheduled, NOW)));
        assertEquals(Optional.empty(), FirmwareStatusReports.message(legacy.withStatus(FirmwareStatus.InstallRebooting, NOW)));
    }

    @Test
    void aTriggerAnswersTheStepAnUpdateIsInOrIdle() {
        assertEquals(FirmwareStatusNotification.FirmwareStatus.Idle, LegacyFirmwareStatus.current(null));
        assertEquals(FirmwareStatusNotification.FirmwareStatus.Downloaded,
                LegacyFirmwareStatus.current(signed(3).withStatus(FirmwareStatus.InstallScheduled, NOW)));
        assertEquals(FirmwareStatusNotification.FirmwareStatus.Installing,
                LegacyFirmwareStatus.current(signed(3).withStatus(FirmwareStatus.InstallRebooting, NOW)));
        assertEquals(FirmwareStatusNotification.FirmwareStatus.Idle,
                LegacyFirmwareStatus.current(signed(3).withStatus(FirmwareStatus.Installed, NOW)), "finished");

        assertEquals(new SignedFirmwareStatusNotification.Request(FirmwareStatus.Idle, null), FirmwareStatusTrigger.signed(null));
        assertEquals(new SignedFirmwareStatusNotification.Request(FirmwareStatus.Downloading, 3),
                FirmwareStatusTrigger.signed(signed(3).withStatus(FirmwareStatus.Downloading, NOW)));
        SignedFirmwareStatusNotification.Request finished =
                FirmwareStatusTrigger.signed(signed(3).withStatus(FirmwareStatus.InvalidSignature, NOW));
        assertEquals(FirmwareStatus.Idle, finished.status());
        assertNull(finished.requestId(), "Idle may go without a requestId (L01.FR.21)");
    }

    private static FirmwareUpdate signed(int requestId) {
        return FirmwareUpdate.requested(new FirmwareRequest(true, requestId, "https://host/fw-2.0.bin", NOW, null, 1,
                10, "pem", "signature"), NOW);
    }
}
