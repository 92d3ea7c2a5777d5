package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.IdTagInfo;

/** S16 §4.1: ask the central system whether an idTag may charge. */
public final class Authorize {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "Authorize", Request.class, Response.class, FeatureProfile.Core);

    private Authorize() {
    }

    @Introspected
    public record Request(@NotNull @Size(max = 20) String idTag) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull IdTagInfo idTagInfo) {
    }
}
