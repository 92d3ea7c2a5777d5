package org.stationconfig.settings;

import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;

/** Who may be granted the right to write a setting: the app roles and the central system. */
public enum Writer {
    OWNER, INSTALLER, SERVICE, CSMS;

    /** The writer an actor acts as; null for the station itself, which is bound by no matrix. */
    public static Writer of(Actor actor) {
        return switch (actor.source()) {
            case CSMS -> CSMS;
            case SYSTEM -> null;
            case APP -> valueOf(actor.role().name());
        };
    }

    public static Writer of(Role role) {
        return valueOf(role.name());
    }
}
