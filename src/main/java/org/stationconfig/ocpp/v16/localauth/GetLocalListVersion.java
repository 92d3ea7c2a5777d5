package org.stationconfig.ocpp.v16.localauth;

import io.micronaut.core.annotation.Introspected;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §5.10: 0 = no list, -1 = not supported. */
public final class GetLocalListVersion {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "GetLocalListVersion", Request.class, Response.class, FeatureProfile.LocalAuthListManagement);

    private GetLocalListVersion() {
    }

    @Introspected
    public record Request() implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(int listVersion) {
    }
}
