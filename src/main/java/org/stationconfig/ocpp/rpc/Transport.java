package org.stationconfig.ocpp.rpc;

/** The WebSocket as the rpc layer sees it. Implementations must be thread-safe and must not block for long. */
public interface Transport {

    /** Sends one text frame. May throw if the socket is gone; the call being sent then fails. */
    void send(String text);

    /** Closes the connection with a WebSocket close code (RFC 6455 §7.4), e.g. 1002 for a protocol error. */
    void close(int code, String reason);
}
