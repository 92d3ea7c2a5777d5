package org.stationconfig.ocpp.v16.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** Whitepaper A02/A03: the signed chain (PEM) for our CSR; at most 10000 chars. */
public final class CertificateSigned {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "CertificateSigned", Request.class, Response.class, FeatureProfile.Security);

    private CertificateSigned() {
    }

    @Introspected
    public record Request(@NotNull @Size(max = 10000) String certificateChain) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull CertificateSignedStatus status) {
    }

    public enum CertificateSignedStatus { Accepted, Rejected }
}
