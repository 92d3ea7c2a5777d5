package org.stationconfig.station.ocpp;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.RemoteStopTransaction;
import org.stationconfig.station.RemoteControl;

/** RemoteStopTransaction (S16 §5.12): an unknown transaction id is Rejected. */
@Singleton
public class RemoteStopTransactionHandler implements OcppHandler {

    /** Looked up on first use: the station logic reaches the central system, which collects these handlers. */
    private final Provider<RemoteControl> remote;

    public RemoteStopTransactionHandler(Provider<RemoteControl> remote) {
        this.remote = remote;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                RemoteStopTransaction.ACTION, request -> remote.get().stop(request.transactionId())
                .thenApply(answer -> new RemoteStopTransaction.Response(RemoteControlWire.remoteStatus(answer))));
    }
}
