package org.stationconfig.station.hardware;

/** A simulator action that does not fit: an unknown connector, or one in the wrong state (plugging twice). */
public class SimulatorRefusal extends RuntimeException {

    public enum Kind { UNKNOWN_CONNECTOR, WRONG_STATE, INVALID }

    private final Kind kind;

    public SimulatorRefusal(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
