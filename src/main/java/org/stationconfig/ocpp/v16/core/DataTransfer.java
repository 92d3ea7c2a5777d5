package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §4.3 and §5.6: vendor-specific data, either direction. */
public final class DataTransfer {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.bothWays(
            "DataTransfer", Request.class, Response.class, FeatureProfile.Core);

    private DataTransfer() {
    }

    @Introspected
    public record Request(
            @NotNull @Size(max = 255) String vendorId,
            @Size(max = 50) String messageId,
            String data) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull DataTransferStatus status, String data) {
    }

    public enum DataTransferStatus { Accepted, Rejected, UnknownMessageId, UnknownVendorId }
}
