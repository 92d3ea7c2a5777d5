package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.RemoteStartStopStatus;

/** S16 §5.12: not allowed while registration is Pending (S16 §4.2). */
public final class RemoteStopTransaction {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "RemoteStopTransaction", Request.class, Response.class, FeatureProfile.Core);

    private RemoteStopTransaction() {
    }

    @Introspected
    public record Request(int transactionId) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull RemoteStartStopStatus status) {
    }
}
