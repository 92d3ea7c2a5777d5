package org.stationconfig.settings;

import java.util.List;
import java.util.Map;

/**
 * A change that was refused as a whole; nothing of it was stored.
 *
 * @param unknown   keys that are not settings
 * @param forbidden keys the actor may not write, with why
 * @param invalid   keys whose value is wrong, with why
 */
public class SettingsRejected extends RuntimeException {

    public enum Reason { UNKNOWN, FORBIDDEN, INVALID, STALE }

    private final transient Reason reason;
    private final transient Map<String, String> problems;

    public SettingsRejected(Reason reason, Map<String, String> problems) {
        super(reason + " " + problems.keySet(), null, false, false);
        this.reason = reason;
        this.problems = Map.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    /** Key → message, in no particular order. */
    public Map<String, String> problems() {
        return problems;
    }

    public List<String> keys() {
        return problems.keySet().stream().sorted().toList();
    }
}
