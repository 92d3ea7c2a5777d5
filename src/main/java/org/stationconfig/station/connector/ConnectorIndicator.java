package org.stationconfig.station.connector;

import io.micronaut.serde.annotation.Serdeable;

/** The colour the app shows for a connector (SPEC §4 connector legend), decided here so every app agrees. */
@Serdeable
public record ConnectorIndicator(Color color, String tooltip) {

    public enum Color { GREEN, YELLOW, RED }

    public static ConnectorIndicator of(ConnectorStatus status) {
        Color color = switch (status) {
            case Available, Charging -> Color.GREEN;
            case Preparing, SuspendedEVSE, SuspendedEV, Finishing, Reserved -> Color.YELLOW;
            case Unavailable, Faulted -> Color.RED;
        };
        return new ConnectorIndicator(color, "Connector status: " + status);
    }
}
