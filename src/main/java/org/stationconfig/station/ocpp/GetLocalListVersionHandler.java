package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.localauth.GetLocalListVersion;
import org.stationconfig.station.StationThread;
import org.stationconfig.station.authorization.LocalAuthList;

/** GetLocalListVersion (S16 §5.10): -1 while the list is off, 0 while it is empty. */
@Singleton
public class GetLocalListVersionHandler implements OcppHandler {

    private final LocalAuthList list;
    private final StationThread thread;

    public GetLocalListVersionHandler(LocalAuthList list, StationThread thread) {
        this.list = list;
        this.thread = thread;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                GetLocalListVersion.ACTION, request -> CompletableFuture.supplyAsync(
                () -> new GetLocalListVersion.Response(list.version()), thread));
    }
}
