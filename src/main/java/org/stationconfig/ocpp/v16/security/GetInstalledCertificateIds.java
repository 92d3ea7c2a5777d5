package org.stationconfig.ocpp.v16.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.CertificateHashData;
import org.stationconfig.ocpp.v16.types.CertificateUse;

/** Whitepaper M03: NotFound when nothing matches, else Accepted with at least one hash. */
public final class GetInstalledCertificateIds {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "GetInstalledCertificateIds", Request.class, Response.class, FeatureProfile.Security);

    private GetInstalledCertificateIds() {
    }

    @Introspected
    public record Request(@NotNull CertificateUse certificateType) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(
            @Size(min = 1) List<CertificateHashData> certificateHashData,
            @NotNull GetInstalledCertificateStatus status) {
    }

    public enum GetInstalledCertificateStatus { Accepted, NotFound }
}
