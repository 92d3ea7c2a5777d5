package org.stationconfig.connection;

/** SPEC §4 {@code state}. */
public enum ConnectionState {
    DISABLED, NOT_CONFIGURED, CONNECTING, CONNECTED, WAITING_RETRY
}
