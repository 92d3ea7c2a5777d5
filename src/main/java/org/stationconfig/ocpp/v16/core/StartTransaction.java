package org.stationconfig.ocpp.v16.core;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.types.IdTagInfo;

/** S16 §4.8: a transaction-related message (delivered through the outbox). */
public final class StartTransaction {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromChargePoint(
            "StartTransaction", Request.class, Response.class, FeatureProfile.Core);

    private StartTransaction() {
    }

    @Introspected
    public record Request(
            @PositiveOrZero int connectorId,
            @NotNull @Size(max = 20) String idTag,
            int meterStart,
            Integer reservationId,
            @NotNull Instant timestamp) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull IdTagInfo idTagInfo, int transactionId) {
    }
}
