package org.stationconfig.station.ocpp;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.reservation.ReserveNow;
import org.stationconfig.station.Reservations;

/** ReserveNow (S16 §5.13). */
@Singleton
public class ReserveNowHandler implements OcppHandler {

    /** Looked up on first use: the station logic reaches the central system, which collects these handlers. */
    private final Provider<Reservations> reservations;

    public ReserveNowHandler(Provider<Reservations> reservations) {
        this.reservations = reservations;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                ReserveNow.ACTION, request -> reservations.get().reserve(ReservationWire.fromWire(request))
                .thenApply(answer -> new ReserveNow.Response(ReservationWire.toWire(answer))));
    }
}
