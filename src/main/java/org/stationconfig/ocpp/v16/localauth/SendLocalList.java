package org.stationconfig.ocpp.v16.localauth;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.AuthorizationData;

/** S16 §5.15: a Full update replaces the list; a Differential one adds, updates or (without idTagInfo) removes. */
public final class SendLocalList {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "SendLocalList", Request.class, Response.class, FeatureProfile.LocalAuthListManagement);

    private SendLocalList() {
    }

    @Introspected
    public record Request(
            int listVersion,
            List<AuthorizationData> localAuthorizationList,
            @NotNull UpdateType updateType) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull UpdateStatus status) {
    }

    public enum UpdateType { Differential, Full }

    public enum UpdateStatus { Accepted, Failed, NotSupported, VersionMismatch }
}
