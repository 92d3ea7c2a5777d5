package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.ChangeAvailability;
import org.stationconfig.station.RemoteControl;

/** ChangeAvailability (S16 §5.2): Scheduled while a transaction runs on the connector. */
@Singleton
public class ChangeAvailabilityHandler implements OcppHandler {

    private final RemoteControl remote;

    public ChangeAvailabilityHandler(RemoteControl remote) {
        this.remote = remote;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                ChangeAvailability.ACTION, request -> remote
                .changeAvailability(request.connectorId(), RemoteControlWire.fromWire(request.type()))
                .thenApply(change -> new ChangeAvailability.Response(RemoteControlWire.toWire(change))));
    }
}
