package org.stationconfig.auth;

/** The roles of app users. The central system is not a role: it acts as {@link Actor#csms()}. */
public enum Role {
    OWNER, INSTALLER, SERVICE
}
