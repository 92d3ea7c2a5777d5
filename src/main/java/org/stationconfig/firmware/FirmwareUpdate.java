package org.stationconfig.firmware;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The update the station runs, or ran last, as it is persisted (one row): what the central system asked for and how
 * far it got. The status is the whitepaper's ({@link FirmwareStatus}, a superset of the 1.6 one).
 *
 * @param signed           SignedUpdateFirmware (true) or a plain UpdateFirmware in LEGACY mode
 * @param requestId        SignedUpdateFirmware.requestId; null for UpdateFirmware, which has none
 * @param reported         the central system has received {@code status}
 * @param attempts         downloads tried so far
 * @param closedConnectors the connectors this update made Unavailable, to be made Available again (CSL of ids)
 * @param installedVersion the firmware version the installer reported, once installed
 * @param imageSha256      hex SHA-256 of the downloaded image as it was written, checked again before installing
 */
@MappedEntity("firmware_update")
public record FirmwareUpdate(
        @Id long id,
        boolean signed,
        @Nullable Integer requestId,
        String location,
        Instant retrieveAt,
        @Nullable Instant installAt,
        int retries,
        int retryIntervalSeconds,
        @Nullable String signingCertificate,
        @Nullable String signature,
        FirmwareStatus status,
        boolean reported,
        int attempts,
        String closedConnectors,
        @Nullable String installedVersion,
        Instant receivedAt,
        Instant updatedAt,
        @Nullable String imageSha256) {

    static final long ROW = 1;

    private static final Set<FirmwareStatus> FINISHED = EnumSet.of(FirmwareStatus.Installed,
            FirmwareStatus.DownloadFailed, FirmwareStatus.InvalidSignature, FirmwareStatus.InstallationFailed,
            FirmwareStatus.InstallVerificationFailed);
    private static final Set<FirmwareStatus> INSTALLING = EnumSet.of(FirmwareStatus.Installing,
            FirmwareStatus.InstallRebooting);

    /** A new update as requested, before anything has happened. */
    static FirmwareUpdate requested(FirmwareRequest request, Instant now) {
        return new FirmwareUpdate(ROW, request.signed(), request.requestId(), request.location(), request.retrieveAt(),
                request.installAt(), request.retries(), request.retryIntervalSeconds(), request.signingCertificate(),
                request.signature(), FirmwareStatus.Idle, true, 0, "", null, now, now, null);
    }

    /** Nothing more will happen: installed, or failed for good. */
    public boolean finished() {
        return FINISHED.contains(status);
    }

    /** The image is being installed or the station reboots into it: too late to cancel. */
    public boolean installing() {
        return INSTALLING.contains(status);
    }

    List<Integer> closedConnectorIds() {
        return closedConnectors.isEmpty() ? List.of()
                : Arrays.stream(closedConnectors.split(",")).map(Integer::valueOf).toList();
    }

    FirmwareUpdate withStatus(FirmwareStatus newStatus, Instant now) {
        return new FirmwareUpdate(id, signed, requestId, location, retrieveAt, installAt, retries, retryIntervalSeconds,
                signingCertificate, signature, newStatus, false, attempts, closedConnectors, installedVersion,
                receivedAt, now, imageSha256);
    }

    FirmwareUpdate withReported() {
        return new FirmwareUpdate(id, signed, requestId, location, retrieveAt, installAt, retries, retryIntervalSeconds,
                signingCertificate, signature, status, true, attempts, closedConnectors, installedVersion, receivedAt,
                updatedAt, imageSha256);
    }

    FirmwareUpdate withAttempts(int count, Instant now) {
        return new FirmwareUpdate(id, signed, requestId, location, retrieveAt, installAt, retries, retryIntervalSeconds,
                signingCertificate, signature, status, reported, count, closedConnectors, installedVersion, receivedAt,
                now, imageSha256);
    }

    FirmwareUpdate withClosedConnectors(List<Integer> ids, Instant now) {
        return new FirmwareUpdate(id, signed, requestId, location, retrieveAt, installAt, retries, retryIntervalSeconds,
                signingCertificate, signature, status, reported, attempts,
                ids.stream().map(String::valueOf).collect(Collectors.joining(",")), installedVersion, receivedAt, now,
                imageSha256);
    }

    FirmwareUpdate withInstalledVersion(String version, Instant now) {
        return new FirmwareUpdate(id, signed, requestId, location, retrieveAt, installAt, retries, retryIntervalSeconds,
                signingCertificate, signature, status, reported, attempts, closedConnectors, version, receivedAt, now,
                imageSha256);
    }

    FirmwareUpdate withImageSha256(String hash, Instant now) {
        return new FirmwareUpdate(id, signed, requestId, location, retrieveAt, installAt, retries, retryIntervalSeconds,
                signingCertificate, signature, status, reported, attempts, closedConnectors, installedVersion,
                receivedAt, now, hash);
    }

    /** For logs: the location without user info (an FTP password may be in it). */
    String describe() {
        return (signed ? "signed update " + requestId : "update") + " from " + Locations.forLog(location);
    }
}
