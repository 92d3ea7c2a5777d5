package org.stationconfig.ocpp.v16.smartcharging;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.ChargingProfile;

/** S16 §5.16: the profile field is named csChargingProfiles on the wire. */
public final class SetChargingProfile {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "SetChargingProfile", Request.class, Response.class, FeatureProfile.SmartCharging);

    private SetChargingProfile() {
    }

    @Introspected
    public record Request(
            @PositiveOrZero int connectorId,
            @NotNull ChargingProfile csChargingProfiles) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull ChargingProfileStatus status) {
    }

    public enum ChargingProfileStatus { Accepted, Rejected, NotSupported }
}
