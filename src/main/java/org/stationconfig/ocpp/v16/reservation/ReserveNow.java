package org.stationconfig.ocpp.v16.reservation;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §5.13: connectorId 0 only if ReserveConnectorZeroSupported. */
public final class ReserveNow {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "ReserveNow", Request.class, Response.class, FeatureProfile.Reservation);

    private ReserveNow() {
    }

    @Introspected
    public record Request(
            @PositiveOrZero int connectorId,
            @NotNull Instant expiryDate,
            @NotNull @Size(max = 20) String idTag,
            @Size(max = 20) String parentIdTag,
            int reservationId) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull ReservationStatus status) {
    }

    public enum ReservationStatus { Accepted, Faulted, Occupied, Rejected, Unavailable }
}
