package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.Reset;
import org.stationconfig.station.reset.StationReset;

/** Reset (S16 §5.14): Accepted, then the reset once the answer went out; Rejected while one is under way. */
@Singleton
public class ResetHandler implements OcppHandler {

    private final StationReset reset;

    public ResetHandler(StationReset reset) {
        this.reset = reset;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(Reset.ACTION, request -> reset
                .request(ResetWire.fromWire(request.type()), "the central system")
                .thenApply(answer -> new Reset.Response(ResetWire.toWire(answer))));
    }
}
