package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.ChargePointErrorCode;
import org.stationconfig.ocpp.v16.types.ChargePointStatus;

/** S16 §4.9: connector 0 is the charge point itself. */
public final class StatusNotification {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "StatusNotification", Request.class, Response.class, FeatureProfile.Core);

    private StatusNotification() {
    }

    @Introspected
    public record Request(
            @PositiveOrZero int connectorId,
            @NotNull ChargePointErrorCode errorCode,
            @Size(max = 50) String info,
            @NotNull ChargePointStatus status,
            Instant timestamp,
            @Size(max = 255) String vendorId,
            @Size(max = 50) String vendorErrorCode) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response() {
    }
}
