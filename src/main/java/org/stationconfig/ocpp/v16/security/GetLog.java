package org.stationconfig.ocpp.v16.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.LogParameters;

/** Whitepaper N01: a new GetLog during an upload cancels it and is answered AcceptedCanceled (N01.FR.11). */
public final class GetLog {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "GetLog", Request.class, Response.class, FeatureProfile.Security);

    private GetLog() {
    }

    @Introspected
    public record Request(
            @NotNull LogParameters log,
            @NotNull LogType logType,
            int requestId,
            Integer retries,
            Integer retryInterval) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull LogStatus status, @Size(max = 255) String filename) {
    }

    public enum LogType { DiagnosticsLog, SecurityLog }

    public enum LogStatus { Accepted, Rejected, AcceptedCanceled }
}
