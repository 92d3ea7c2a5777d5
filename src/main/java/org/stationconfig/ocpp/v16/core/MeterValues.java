package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.MeterValue;

/** S16 §4.7: sampled or clock-aligned values, inside or outside a transaction. */
public final class MeterValues {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "MeterValues", Request.class, Response.class, FeatureProfile.Core);

    private MeterValues() {
    }

    @Introspected
    public record Request(
            @PositiveOrZero int connectorId,
            Integer transactionId,
            @NotNull List<MeterValue> meterValue) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response() {
    }
}
