package org.stationconfig.ocpp.v16.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** Whitepaper A04: type is one of the security events (at most 50 chars), techInfo at most 255. */
public final class SecurityEventNotification {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "SecurityEventNotification", Request.class, Response.class, FeatureProfile.Security);

    private SecurityEventNotification() {
    }

    @Introspected
    public record Request(
            @NotNull @Size(max = 50) String type,
            @NotNull Instant timestamp,
            @Size(max = 255) String techInfo) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response() {
    }
}
