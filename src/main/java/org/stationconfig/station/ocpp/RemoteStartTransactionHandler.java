package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.charging.ocpp.ProfileWire;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.RemoteStartTransaction;
import org.stationconfig.station.RemoteControl;

/** RemoteStartTransaction (S16 §5.11); while registration is Pending the session answers Rejected before this. */
@Singleton
public class RemoteStartTransactionHandler implements OcppHandler {

    private final RemoteControl remote;

    public RemoteStartTransactionHandler(RemoteControl remote) {
        this.remote = remote;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                RemoteStartTransaction.ACTION, request -> remote.start(request.connectorId(), request.idTag(),
                        ProfileWire.fromWireOrNull(request.chargingProfile())).answer()
                .thenApply(answer -> new RemoteStartTransaction.Response(RemoteControlWire.remoteStatus(answer))));
    }
}
