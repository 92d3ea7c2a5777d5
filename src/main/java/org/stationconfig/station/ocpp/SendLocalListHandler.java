package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.localauth.SendLocalList;
import org.stationconfig.station.StationThread;
import org.stationconfig.station.authorization.LocalAuthList;

/** SendLocalList (S16 §5.15), stored off the OCPP thread. */
@Singleton
public class SendLocalListHandler implements OcppHandler {

    private final LocalAuthList list;
    private final StationThread thread;

    public SendLocalListHandler(LocalAuthList list, StationThread thread) {
        this.list = list;
        this.thread = thread;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                SendLocalList.ACTION, request -> CompletableFuture.supplyAsync(
                () -> new SendLocalList.Response(AuthorizationWire.toWire(list.update(AuthorizationWire.fromWire(request)))),
                thread));
    }
}
