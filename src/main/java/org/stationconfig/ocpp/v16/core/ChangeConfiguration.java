package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §5.3: key CiString50, value CiString500. */
public final class ChangeConfiguration {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "ChangeConfiguration", Request.class, Response.class, FeatureProfile.Core);

    private ChangeConfiguration() {
    }

    @Introspected
    public record Request(
            @NotNull @Size(max = 50) String key,
            @NotNull @Size(max = 500) String value) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull ConfigurationStatus status) {
    }

    public enum ConfigurationStatus { Accepted, Rejected, RebootRequired, NotSupported }
}
