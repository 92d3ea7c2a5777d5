package org.stationconfig.ocpp.v16.firmware;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §4.5: Idle only when asked by TriggerMessage. */
public final class FirmwareStatusNotification {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "FirmwareStatusNotification", Request.class, Response.class, FeatureProfile.FirmwareManagement);

    private FirmwareStatusNotification() {
    }

    @Introspected
    public record Request(@NotNull FirmwareStatus status) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response() {
    }

    public enum FirmwareStatus { Downloaded, DownloadFailed, Downloading, Idle, InstallationFailed, Installing, Installed }
}
