package org.stationconfig.ocpp.v16.smartcharging;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.ChargingRateUnit;
import org.stationconfig.ocpp.v16.types.ChargingSchedule;

/** S16 §5.7: duration in seconds; connectorId 0 asks for the whole charge point. */
public final class GetCompositeSchedule {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "GetCompositeSchedule", Request.class, Response.class, FeatureProfile.SmartCharging);

    private GetCompositeSchedule() {
    }

    @Introspected
    public record Request(
            @PositiveOrZero int connectorId,
            @PositiveOrZero int duration,
            ChargingRateUnit chargingRateUnit) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(
            @NotNull GetCompositeScheduleStatus status,
            Integer connectorId,
            Instant scheduleStart,
            ChargingSchedule chargingSchedule) {
    }

    public enum GetCompositeScheduleStatus { Accepted, Rejected }
}
