package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.ClearCache;
import org.stationconfig.ocpp.v16.core.ClearCache.ClearCacheStatus;
import org.stationconfig.station.StationThread;
import org.stationconfig.station.authorization.AuthorizationCache;

/** ClearCache (S16 §5.4): Rejected while AuthorizationCacheEnabled is off. */
@Singleton
public class ClearCacheHandler implements OcppHandler {

    private final AuthorizationCache cache;
    private final StationThread thread;

    public ClearCacheHandler(AuthorizationCache cache, StationThread thread) {
        this.cache = cache;
        this.thread = thread;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(
                ClearCache.ACTION, request -> CompletableFuture.supplyAsync(() -> new ClearCache.Response(
                cache.clear() ? ClearCacheStatus.Accepted : ClearCacheStatus.Rejected), thread));
    }
}
