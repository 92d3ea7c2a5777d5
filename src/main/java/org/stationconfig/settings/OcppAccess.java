package org.stationconfig.settings;

/** How a setting is visible over OCPP (GetConfiguration/ChangeConfiguration). */
public enum OcppAccess {
    /** Not an OCPP key. */
    NONE,
    /** Readable, never writable by the central system (GetConfiguration {@code readonly: true}). */
    READ,
    /** Readable and, if the matrix lets the central system write it, writable. */
    READ_WRITE,
    /** Writable, never readable (AuthorizationKey). */
    WRITE;

    public boolean readable() {
        return this == READ || this == READ_WRITE;
    }

    public boolean writable() {
        return this == READ_WRITE || this == WRITE;
    }
}
