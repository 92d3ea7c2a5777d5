package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §5.14. */
public final class Reset {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "Reset", Request.class, Response.class, FeatureProfile.Core);

    private Reset() {
    }

    @Introspected
    public record Request(@NotNull ResetType type) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull ResetStatus status) {
    }

    public enum ResetType { Hard, Soft }

    public enum ResetStatus { Accepted, Rejected }
}
