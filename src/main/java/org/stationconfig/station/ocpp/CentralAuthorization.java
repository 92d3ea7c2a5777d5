package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.v16.core.Authorize;
import org.stationconfig.station.authorization.TagVerdict;

/** Asks the central system about a tag: Authorize.req (S16 §4.2). */
@Singleton
public class CentralAuthorization {

    private final CentralSystem centralSystem;

    CentralAuthorization(CentralSystem centralSystem) {
        this.centralSystem = centralSystem;
    }

    /** Completes with the central system's verdict, exceptionally when it gave none. */
    public CompletableFuture<TagVerdict> authorize(String idTag) {
        return centralSystem.call(new Authorize.Request(idTag))
                .thenApply(response -> AuthorizationWire.fromWire(response.idTagInfo()));
    }
}
