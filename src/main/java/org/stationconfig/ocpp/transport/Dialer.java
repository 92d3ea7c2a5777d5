package org.stationconfig.ocpp.transport;

import java.util.concurrent.CompletableFuture;

/** Opens OCPP-J links. {@link WebSocketDialer} in production; tests inject an in-memory one. */
public interface Dialer {

    /** Completes with the open link, or fails with a {@link DialFailure} saying where the attempt failed. */
    CompletableFuture<OcppLink> dial(DialRequest request);
}
