package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.reservation.CancelReservation;
import org.stationconfig.station.Reservations;

/** CancelReservation (S16 §5.1): an id the station does not hold is Rejected. */
@Singleton
public class CancelReservationHandler implements OcppHandler {

    private final Reservations reservations;

    public CancelReservationHandler(Reservations reservations) {
        this.reservations = reservations;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                CancelReservation.ACTION, request -> reservations.cancel(request.reservationId())
                .thenApply(answer -> new CancelReservation.Response(ReservationWire.cancelStatus(answer))));
    }
}
