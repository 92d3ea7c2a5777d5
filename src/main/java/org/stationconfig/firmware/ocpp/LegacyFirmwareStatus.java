package org.stationconfig.firmware.ocpp;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import org.stationconfig.firmware.FirmwareStatus;
import org.stationconfig.firmware.FirmwareUpdate;
import org.stationconfig.ocpp.v16.firmware.FirmwareStatusNotification;

/**
 * The 1.6 FirmwareStatusNotification (S16 §4.5, §7.26) knows seven of the whitepaper's fourteen statuses. An update
 * keeps the whitepaper's status; this says what a 1.6 central system sees of it.
 */
final class LegacyFirmwareStatus {

    private LegacyFirmwareStatus() {
    }

    /** The 1.6 status to send on entering {@code status}; empty for steps 1.6 has no status for. */
    static Optional<FirmwareStatusNotification.FirmwareStatus> entering(FirmwareStatus status) {
        return Optional.ofNullable(switch (status) {
            case Downloading -> FirmwareStatusNotification.FirmwareStatus.Downloading;
            case Downloaded -> FirmwareStatusNotification.FirmwareStatus.Downloaded;
            case DownloadFailed -> FirmwareStatusNotification.FirmwareStatus.DownloadFailed;
            case Installing -> FirmwareStatusNotification.FirmwareStatus.Installing;
            case Installed -> FirmwareStatusNotification.FirmwareStatus.Installed;
            case InstallationFailed, InstallVerificationFailed -> FirmwareStatusNotification.FirmwareStatus.InstallationFailed;
            default -> null; // scheduled, paused, signature and reboot steps: 1.6 stays at the previous status
        });
    }

    /**
     * What a TriggerMessage(FirmwareStatusNotification) answers: the step the update is in, Idle when none runs
     * (S16 §4.5: Idle only when triggered and not busy).
     */
    static FirmwareStatusNotification.FirmwareStatus current(@Nullable FirmwareUpdate update) {
        if (update == null || update.finished()) {
            return FirmwareStatusNotification.FirmwareStatus.Idle;
        }
        return switch (update.status()) {
            case Downloading, DownloadPaused -> FirmwareStatusNotification.FirmwareStatus.Downloading;
            case Downloaded, SignatureVerified, InstallScheduled -> FirmwareStatusNotification.FirmwareStatus.Downloaded;
            case Installing, InstallRebooting -> FirmwareStatusNotification.FirmwareStatus.Installing;
            default -> FirmwareStatusNotification.FirmwareStatus.Idle; // waiting to download
        };
    }
}
