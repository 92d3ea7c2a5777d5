package org.stationconfig.ocpp.transport;

/** What an open OCPP WebSocket reports; called on Netty's event loop, so implementations hand work off quickly. */
public interface LinkListener {

    void onText(String text);

    void onPong();

    /** The link is gone: a close frame from either side, or the TCP connection dropped (1006). */
    void onClosed(int code, String reason);
}
