package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §5.4: empty the authorization cache. */
public final class ClearCache {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "ClearCache", Request.class, Response.class, FeatureProfile.Core);

    private ClearCache() {
    }

    @Introspected
    public record Request() implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull ClearCacheStatus status) {
    }

    public enum ClearCacheStatus { Accepted, Rejected }
}
