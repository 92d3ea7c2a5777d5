package org.stationconfig.ocpp.v16.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.TriggerMessageStatus;

/** Whitepaper: FirmwareStatusNotification here triggers SignedFirmwareStatusNotification, SignChargePointCertificate triggers SignCertificate. */
public final class ExtendedTriggerMessage {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "ExtendedTriggerMessage", Request.class, Response.class, FeatureProfile.Security);

    private ExtendedTriggerMessage() {
    }

    @Introspected
    public record Request(
            @NotNull MessageTrigger requestedMessage,
            @PositiveOrZero Integer connectorId) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull TriggerMessageStatus status) {
    }

    public enum MessageTrigger { BootNotification, LogStatusNotification, FirmwareStatusNotification, Heartbeat, MeterValues, SignChargePointCertificate, StatusNotification }
}
