package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §5.18: an unknown connectorId is answered NotSupported (errata 3.85). */
public final class UnlockConnector {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "UnlockConnector", Request.class, Response.class, FeatureProfile.Core);

    private UnlockConnector() {
    }

    @Introspected
    public record Request(@PositiveOrZero int connectorId) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull UnlockStatus status) {
    }

    public enum UnlockStatus { Unlocked, UnlockFailed, NotSupported }
}
