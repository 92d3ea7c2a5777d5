package org.stationconfig.station.ocpp;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.Reset;
import org.stationconfig.station.reset.StationReset;

/** Reset (S16 §5.14): Accepted, then the reset once the answer went out; Rejected while one is under way. */
@Singleton
public class ResetHandler implements OcppHandler {

    /** Looked up on use: the reset restarts the connection, which collects this handler. */
    private final Provider<StationReset> reset;

    public ResetHandler(Provider<StationReset> reset) {
        this.reset = reset;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(Reset.ACTION, request -> reset.get()
                .request(ResetWire.fromWire(request.type()), "the central system")
                .thenApply(answer -> new Reset.Response(ResetWire.toWire(answer))));
    }
}
