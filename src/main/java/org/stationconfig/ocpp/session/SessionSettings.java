package org.stationconfig.ocpp.session;

/** Port: the settings a session goes by, read when needed (a changed one applies from its next use). All in seconds. */
public interface SessionSettings {

    /** How long a CALL waits for its answer. */
    int messageTimeout();

    /** A Heartbeat after this long without a message sent; 0 or less: none. */
    int heartbeatInterval();

    /** A WebSocket ping this often; 0 or less: none. */
    int connectionCheckInterval();

    /** The first wait after a failed BootNotification; doubled up to {@link #reconnectMaxInterval()}. */
    int reconnectInterval();

    int reconnectMaxInterval();
}
