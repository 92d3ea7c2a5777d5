package org.stationconfig.station.ocpp;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.UnlockConnector;
import org.stationconfig.station.RemoteControl;

/** UnlockConnector (S16 §5.18, errata 3.85). */
@Singleton
public class UnlockConnectorHandler implements OcppHandler {

    /** Looked up on first use: the station logic reaches the central system, which collects these handlers. */
    private final Provider<RemoteControl> remote;

    public UnlockConnectorHandler(Provider<RemoteControl> remote) {
        this.remote = remote;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                UnlockConnector.ACTION, request -> remote.get().unlock(request.connectorId())
                .thenApply(result -> new UnlockConnector.Response(RemoteControlWire.toWire(result))));
    }
}
