package org.stationconfig.connection;

/** SPEC §4 {@code registration}: the answer to the last BootNotification. */
public enum Registration {
    NONE, ACCEPTED, PENDING, REJECTED
}
