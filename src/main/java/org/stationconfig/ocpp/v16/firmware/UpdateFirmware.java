package org.stationconfig.ocpp.v16.firmware;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §5.19. Whitepaper L01.FR.20: a charge point doing signed updates answers this with CALLERROR NotSupported. */
public final class UpdateFirmware {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "UpdateFirmware", Request.class, Response.class, FeatureProfile.FirmwareManagement);

    private UpdateFirmware() {
    }

    @Introspected
    public record Request(
            @NotNull String location,
            Integer retries,
            @NotNull Instant retrieveDate,
            Integer retryInterval) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response() {
    }
}
