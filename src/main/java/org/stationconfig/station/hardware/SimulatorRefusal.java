package org.stationconfig.station.hardware;

import org.stationconfig.i18n.Text;
/** A simulator action that does not fit: an unknown connector, or one in the wrong state (plugging twice). */
public class SimulatorRefusal extends RuntimeException {

    public enum Kind { UNKNOWN_CONNECTOR, WRONG_STATE, INVALID }

    private final Kind kind;
    private final transient Text text;

    public SimulatorRefusal(Kind kind, Text text) {
        super(text.english(), null, false, false);
        this.kind = kind;
        this.text = text;
    }

    /** The refusal as a bundle text, for the caller's language. */
    public Text text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }
}
