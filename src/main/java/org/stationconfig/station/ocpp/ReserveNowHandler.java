package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.reservation.ReserveNow;
import org.stationconfig.station.Reservations;

/** ReserveNow (S16 §5.13). */
@Singleton
public class ReserveNowHandler implements OcppHandler {

    private final Reservations reservations;

    public ReserveNowHandler(Reservations reservations) {
        this.reservations = reservations;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                ReserveNow.ACTION, request -> reservations.reserve(ReservationWire.fromWire(request))
                .thenApply(answer -> new ReserveNow.Response(ReservationWire.toWire(answer))));
    }
}
