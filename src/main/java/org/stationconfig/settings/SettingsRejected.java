package org.stationconfig.settings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stationconfig.i18n.Text;

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
    private final transient Map<String, Text> texts;

    public SettingsRejected(Reason reason, Map<String, String> problems) {
        this(reason, problems, Map.of());
    }

    /** @param texts the messages of {@code problems} that exist in every language, by key */
    public SettingsRejected(Reason reason, Map<String, String> problems, Map<String, Text> texts) {
        super(reason + " " + problems.keySet(), null, false, false);
        this.reason = reason;
        this.problems = Map.copyOf(problems);
        this.texts = Map.copyOf(texts);
    }

    /** The message for one key in this language (English where only English exists). */
    public String problem(String key, Locale locale) {
        Text text = texts.get(key);
        return text == null ? problems.get(key) : text.in(locale);
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
