package org.stationconfig.station.ocpp;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.reservation.CancelReservation;
import org.stationconfig.station.Reservations;

/** CancelReservation (S16 §5.1): an id the station does not hold is Rejected. */
@Singleton
public class CancelReservationHandler implements OcppHandler {

    /** Looked up on first use: the station logic reaches the central system, which collects these handlers. */
    private final Provider<Reservations> reservations;

    public CancelReservationHandler(Provider<Reservations> reservations) {
        this.reservations = reservations;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                CancelReservation.ACTION, request -> reservations.get().cancel(request.reservationId())
                .thenApply(answer -> new CancelReservation.Response(ReservationWire.cancelStatus(answer))));
    }
}
