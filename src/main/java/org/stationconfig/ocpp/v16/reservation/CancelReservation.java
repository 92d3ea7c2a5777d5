package org.stationconfig.ocpp.v16.reservation;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.FeatureProfile;

/** S16 §5.1. */
public final class CancelReservation {

    public static final ActionDefinition<Request, Response> ACTION = ActionDefinition.fromCentralSystem(
            "CancelReservation", Request.class, Response.class, FeatureProfile.Reservation);

    private CancelReservation() {
    }

    @Introspected
    public record Request(int reservationId) implements OcppRequest<Response> {
    }

    @Introspected
    public record Response(@NotNull CancelReservationStatus status) {
    }

    public enum CancelReservationStatus { Accepted, Rejected }
}
