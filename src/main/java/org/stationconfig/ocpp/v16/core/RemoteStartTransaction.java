package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.ChargingProfile;
import org.stationconfig.ocpp.v16.types.RemoteStartStopStatus;

/** S16 §5.11: not allowed while registration is Pending (S16 §4.2). */
public final class RemoteStartTransaction {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "RemoteStartTransaction", Request.class, Response.class, FeatureProfile.Core);

    private RemoteStartTransaction() {
    }

    @Introspected
    public record Request(
            @PositiveOrZero Integer connectorId,
            @NotNull @Size(max = 20) String idTag,
            ChargingProfile chargingProfile) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull RemoteStartStopStatus status) {
    }
}
