package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §5.2: connectorId 0 means the whole charge point. */
public final class ChangeAvailability {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "ChangeAvailability", Request.class, Response.class, FeatureProfile.Core);

    private ChangeAvailability() {
    }

    @Introspected
    public record Request(
            @PositiveOrZero int connectorId,
            @NotNull AvailabilityType type) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull AvailabilityStatus status) {
    }

    public enum AvailabilityType { Inoperative, Operative }

    public enum AvailabilityStatus { Accepted, Rejected, Scheduled }
}
