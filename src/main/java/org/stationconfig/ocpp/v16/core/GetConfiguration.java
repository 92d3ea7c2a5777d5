package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.KeyValue;

/** S16 §5.8: no key (or an empty list) asks for all keys; unknown ones go to unknownKey. */
public final class GetConfiguration {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "GetConfiguration", Request.class, Response.class, FeatureProfile.Core);

    private GetConfiguration() {
    }

    @Introspected
    public record Request(List<@Size(max = 50) String> key) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(List<KeyValue> configurationKey, List<@Size(max = 50) String> unknownKey) {
    }
}
