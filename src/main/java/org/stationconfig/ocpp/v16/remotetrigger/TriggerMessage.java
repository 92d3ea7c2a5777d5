package org.stationconfig.ocpp.v16.remotetrigger;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.TriggerMessageStatus;

/** S16 §5.17: after Accepted the central system may not trigger BootNotification (errata 3.40). */
public final class TriggerMessage {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "TriggerMessage", Request.class, Response.class, FeatureProfile.RemoteTrigger);

    private TriggerMessage() {
    }

    @Introspected
    public record Request(
            @NotNull MessageTrigger requestedMessage,
            @PositiveOrZero Integer connectorId) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull TriggerMessageStatus status) {
    }

    public enum MessageTrigger { BootNotification, DiagnosticsStatusNotification, FirmwareStatusNotification, Heartbeat, MeterValues, StatusNotification }
}
