package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §4.6: keeps the link alive and syncs the clock. */
public final class Heartbeat {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "Heartbeat", Request.class, Response.class, FeatureProfile.Core);

    private Heartbeat() {
    }

    @Introspected
    public record Request() implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull Instant currentTime) {
    }
}
