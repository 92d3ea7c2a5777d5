package org.stationconfig.station.ocpp;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.ClearCache;
import org.stationconfig.station.RemoteControl;

/** ClearCache (S16 §5.4): Rejected while AuthorizationCacheEnabled is off. */
@Singleton
public class ClearCacheHandler implements OcppHandler {

    /** Looked up on first use: the station logic reaches the central system, which collects these handlers. */
    private final Provider<RemoteControl> remote;

    public ClearCacheHandler(Provider<RemoteControl> remote) {
        this.remote = remote;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                ClearCache.ACTION, request -> remote.get().clearCache()
                .thenApply(answer -> new ClearCache.Response(RemoteControlWire.clearCacheStatus(answer))));
    }
}
