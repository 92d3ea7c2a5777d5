package org.stationconfig.ocpp.v16.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** Whitepaper A02/A03: a PEM PKCS#10 CSR, at most 5500 chars. */
public final class SignCertificate {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "SignCertificate", Request.class, Response.class, FeatureProfile.Security);

    private SignCertificate() {
    }

    @Introspected
    public record Request(@NotNull @Size(max = 5500) String csr) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull GenericStatus status) {
    }

    public enum GenericStatus { Accepted, Rejected }
}
