package org.stationconfig.status;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import org.stationconfig.connection.ConnectionState;
import org.stationconfig.connection.Registration;
import org.stationconfig.i18n.Bundle;

/** The icon at the top of the app's screen, decided here so every app renders the same (SPEC §4 legend). */
@Serdeable
public record Indicator(Icon icon, Color color, String tooltip) {

    public enum Icon { PLUG, PLUG_DISCONNECTED, NONE }

    public enum Color { GREEN, YELLOW, RED, GRAY }

    public static Indicator of(ConnectionState state, Registration registration) {
        return of(state, registration, Locale.ENGLISH);
    }

    /** The indicator with its tooltip in this language. */
    public static Indicator of(ConnectionState state, Registration registration, Locale language) {
        return switch (state) {
            case DISABLED, NOT_CONFIGURED -> new Indicator(Icon.NONE, Color.GRAY, tooltip(language, state.name()));
            case CONNECTED -> new Indicator(Icon.PLUG, connectedColor(registration),
                    tooltip(language, "connected." + registration.name()));
            case CONNECTING, WAITING_RETRY -> new Indicator(Icon.PLUG_DISCONNECTED, disconnectedColor(registration),
                    tooltip(language, "disconnected." + registration.name()));
        };
    }

    private static Color connectedColor(Registration registration) {
        return switch (registration) {
            case ACCEPTED -> Color.GREEN;
            case REJECTED -> Color.RED;
            case PENDING, NONE -> Color.YELLOW;
        };
    }

    private static Color disconnectedColor(Registration registration) {
        return switch (registration) {
            case ACCEPTED -> Color.RED;
            case PENDING -> Color.YELLOW;
            case REJECTED, NONE -> Color.GRAY;
        };
    }

    private static String tooltip(Locale language, String key) {
        return Bundle.text(language, "status.indicator." + key);
    }
}
