package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.ClearCache;
import org.stationconfig.station.RemoteControl;

/** ClearCache (S16 §5.4): Rejected while AuthorizationCacheEnabled is off. */
@Singleton
public class ClearCacheHandler implements OcppHandler {

    private final RemoteControl remote;

    public ClearCacheHandler(RemoteControl remote) {
        this.remote = remote;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                ClearCache.ACTION, request -> remote.clearCache()
                .thenApply(answer -> new ClearCache.Response(RemoteControlWire.clearCacheStatus(answer))));
    }
}
