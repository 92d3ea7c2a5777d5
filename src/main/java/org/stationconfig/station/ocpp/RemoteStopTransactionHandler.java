package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.RemoteStopTransaction;
import org.stationconfig.station.RemoteControl;

/** RemoteStopTransaction (S16 §5.12): an unknown transaction id is Rejected. */
@Singleton
public class RemoteStopTransactionHandler implements OcppHandler {

    private final RemoteControl remote;

    public RemoteStopTransactionHandler(RemoteControl remote) {
        this.remote = remote;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                RemoteStopTransaction.ACTION, request -> remote.stop(request.transactionId())
                .thenApply(answer -> new RemoteStopTransaction.Response(RemoteControlWire.remoteStatus(answer))));
    }
}
