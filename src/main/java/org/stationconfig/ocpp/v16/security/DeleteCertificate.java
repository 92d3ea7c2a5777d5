package org.stationconfig.ocpp.v16.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.CertificateHashData;

/** Whitepaper M04: the ChargePointCertificate can never be deleted (M04.FR.05). */
public final class DeleteCertificate {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "DeleteCertificate", Request.class, Response.class, FeatureProfile.Security);

    private DeleteCertificate() {
    }

    @Introspected
    public record Request(@NotNull CertificateHashData certificateHashData) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull DeleteCertificateStatus status) {
    }

    public enum DeleteCertificateStatus { Accepted, Failed, NotFound }
}
