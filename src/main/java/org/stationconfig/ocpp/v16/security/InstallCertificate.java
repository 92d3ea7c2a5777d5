package org.stationconfig.ocpp.v16.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.CertificateUse;

/** Whitepaper M05: a full certificate store answers Rejected (M05.FR.03). */
public final class InstallCertificate {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "InstallCertificate", Request.class, Response.class, FeatureProfile.Security);

    private InstallCertificate() {
    }

    @Introspected
    public record Request(
            @NotNull CertificateUse certificateType,
            @NotNull @Size(max = 5500) String certificate) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull InstallCertificateStatus status) {
    }

    public enum InstallCertificateStatus { Accepted, Failed, Rejected }
}
