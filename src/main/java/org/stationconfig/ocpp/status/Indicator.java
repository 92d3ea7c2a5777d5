package org.stationconfig.ocpp.status;

import io.micronaut.serde.annotation.Serdeable;

/** The icon at the top of the app's screen, decided here so every app renders the same (SPEC §4 legend). */
@Serdeable
public record Indicator(Icon icon, Color color, String tooltip) {

    public enum Icon { PLUG, PLUG_DISCONNECTED, NONE }

    public enum Color { GREEN, YELLOW, RED, GRAY }

    public static Indicator of(ConnectionState state, Registration registration) {
        return switch (state) {
            case DISABLED -> new Indicator(Icon.NONE, Color.GRAY, "OCPP is disabled");
            case NOT_CONFIGURED -> new Indicator(Icon.NONE, Color.GRAY, "OCPP is not configured yet");
            case CONNECTED -> connected(registration);
            case CONNECTING, WAITING_RETRY -> disconnected(registration);
        };
    }

    private static Indicator connected(Registration registration) {
        return switch (registration) {
            case ACCEPTED -> new Indicator(Icon.PLUG, Color.GREEN, "Client connected, registration status: Accepted");
            case REJECTED -> new Indicator(Icon.PLUG, Color.RED, "Client connected, registration status: Rejected");
            case PENDING -> new Indicator(Icon.PLUG, Color.YELLOW, "Client connected, registration status: Pending");
            case NONE -> new Indicator(Icon.PLUG, Color.YELLOW, "Client connected, registering");
        };
    }

    private static Indicator disconnected(Registration registration) {
        return switch (registration) {
            case ACCEPTED -> new Indicator(Icon.PLUG_DISCONNECTED, Color.RED, "Client disconnected, registration status: Accepted");
            case REJECTED -> new Indicator(Icon.PLUG_DISCONNECTED, Color.GRAY, "Client disconnected, registration status: Rejected");
            case PENDING -> new Indicator(Icon.PLUG_DISCONNECTED, Color.YELLOW, "Client disconnected, registration status: Pending");
            case NONE -> new Indicator(Icon.PLUG_DISCONNECTED, Color.GRAY, "Client disconnected, never registered");
        };
    }
}
