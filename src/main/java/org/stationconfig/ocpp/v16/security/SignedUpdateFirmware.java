package org.stationconfig.ocpp.v16.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.Firmware;

/** Whitepaper L01: a new one during an update cancels it and is answered AcceptedCanceled (L01.FR.26). */
public final class SignedUpdateFirmware {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "SignedUpdateFirmware", Request.class, Response.class, FeatureProfile.Security);

    private SignedUpdateFirmware() {
    }

    @Introspected
    public record Request(
            Integer retries,
            Integer retryInterval,
            int requestId,
            @NotNull Firmware firmware) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull UpdateFirmwareStatus status) {
    }

    public enum UpdateFirmwareStatus { Accepted, Rejected, AcceptedCanceled, InvalidCertificate, RevokedCertificate }
}
