package org.stationconfig.settings;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** When a change takes effect. */
public enum Applies {
    /** At once, or at the next tick of the interval it sets. */
    IMMEDIATELY,
    /** The OCPP connection is re-established with the new value (as a trial, see SPEC §3). */
    RECONNECT,
    /** At the next start of the service. */
    RESTART;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
