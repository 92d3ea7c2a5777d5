package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.UnlockConnector;
import org.stationconfig.station.RemoteControl;

/** UnlockConnector (S16 §5.18, errata 3.85). */
@Singleton
public class UnlockConnectorHandler implements OcppHandler {

    private final RemoteControl remote;

    public UnlockConnectorHandler(RemoteControl remote) {
        this.remote = remote;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                UnlockConnector.ACTION, request -> remote.unlock(request.connectorId())
                .thenApply(result -> new UnlockConnector.Response(RemoteControlWire.toWire(result))));
    }
}
