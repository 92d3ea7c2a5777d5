package org.stationconfig.ocpp.v16.firmware;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §5.9: location is a URI; the answer names the file, or nothing if there is none. */
public final class GetDiagnostics {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "GetDiagnostics", Request.class, Response.class, FeatureProfile.FirmwareManagement);

    private GetDiagnostics() {
    }

    @Introspected
    public record Request(
            @NotNull String location,
            Integer retries,
            Integer retryInterval,
            Instant startTime,
            Instant stopTime) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@Size(max = 255) String fileName) {
    }
}
