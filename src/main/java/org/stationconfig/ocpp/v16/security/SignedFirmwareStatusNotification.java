package org.stationconfig.ocpp.v16.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** Whitepaper L01: carries the SignedUpdateFirmware requestId; may omit it only with status Idle. */
public final class SignedFirmwareStatusNotification {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "SignedFirmwareStatusNotification", Request.class, Response.class, FeatureProfile.Security);

    private SignedFirmwareStatusNotification() {
    }

    @Introspected
    public record Request(@NotNull FirmwareStatus status, Integer requestId) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response() {
    }

    public enum FirmwareStatus { Downloaded, DownloadFailed, Downloading, DownloadScheduled, DownloadPaused, Idle, InstallationFailed, Installing, Installed, InstallRebooting, InstallScheduled, InstallVerificationFailed, InvalidSignature, SignatureVerified }
}
