package org.stationconfig.ocpp.transport;

import java.util.concurrent.CompletableFuture;

/**
 * An open OCPP-J link: text frames, pings, close. The session sees only this, so a test can play the central system
 * over an in-memory link instead of a socket.
 */
public interface OcppLink {

    /** Starts delivering frames, first those that arrived since the link opened. */
    void listen(LinkListener listener);

    /** Completes when the frame is written; fails when the link is gone. */
    CompletableFuture<?> send(String text);

    void ping();

    boolean isOpen();

    boolean isSecure();

    String subprotocol();

    void close(int code, String reason);
}
