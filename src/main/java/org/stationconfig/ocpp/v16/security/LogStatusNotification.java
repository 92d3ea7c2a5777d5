package org.stationconfig.ocpp.v16.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** Whitepaper N01: carries the GetLog requestId; may omit it only when triggered with no upload running. */
public final class LogStatusNotification {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "LogStatusNotification", Request.class, Response.class, FeatureProfile.Security);

    private LogStatusNotification() {
    }

    @Introspected
    public record Request(@NotNull UploadLogStatus status, Integer requestId) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response() {
    }

    public enum UploadLogStatus { BadMessage, Idle, NotSupportedOperation, PermissionDenied, Uploaded, UploadFailure, Uploading }
}
