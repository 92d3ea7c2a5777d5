package org.stationconfig.ocpp.v16.smartcharging;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.ChargingProfilePurpose;

/** S16 §5.5: every field is a filter; none clears all profiles. */
public final class ClearChargingProfile {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "ClearChargingProfile", Request.class, Response.class, FeatureProfile.SmartCharging);

    private ClearChargingProfile() {
    }

    @Introspected
    public record Request(
            Integer id,
            @PositiveOrZero Integer connectorId,
            ChargingProfilePurpose chargingProfilePurpose,
            @PositiveOrZero Integer stackLevel) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull ClearChargingProfileStatus status) {
    }

    public enum ClearChargingProfileStatus { Accepted, Unknown }
}
