package org.stationconfig.ocpp.v16.firmware;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §4.4: Idle only when asked by TriggerMessage. */
public final class DiagnosticsStatusNotification {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "DiagnosticsStatusNotification", Request.class, Response.class, FeatureProfile.FirmwareManagement);

    private DiagnosticsStatusNotification() {
    }

    @Introspected
    public record Request(@NotNull DiagnosticsStatus status) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response() {
    }

    public enum DiagnosticsStatus { Idle, Uploaded, UploadFailed, Uploading }
}
