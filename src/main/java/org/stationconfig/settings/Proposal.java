package org.stationconfig.settings;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stationconfig.auth.Actor;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.store.StoredSetting;

/**
 * A change being checked: the current snapshot with the requested values laid over it. Rules read it, may rewrite a
 * requested value into its normal form, and add errors and warnings. A requested null means "back to the default".
 */
public final class Proposal implements RuleContext {

    private final SettingsSnapshot current;
    private final Map<String, String> changes;
    private final Actor actor;
    private final SecurityPrerequisites prerequisites;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, Text> errorTexts = new LinkedHashMap<>();
    private final List<Notice> warnings = new ArrayList<>();
    private SettingsSnapshot candidate;

    Proposal(SettingsSnapshot current, Map<String, String> changes, Actor actor, SecurityPrerequisites prerequisites) {
        this.current = current;
        this.changes = new LinkedHashMap<>(changes);
        this.actor = actor;
        this.prerequisites = prerequisites;
    }

    @Override
    @Nullable
    public String value(String key) {
        return candidate().value(key);
    }

    /** The settings as they would be after this change; built once, again only after a rule rewrote a value. */
    SettingsSnapshot candidate() {
        if (candidate == null) {
            Map<String, StoredSetting> overlay = new HashMap<>(current.stored());
            changes.forEach((changedKey, value) -> {
                if (value == null) {
                    overlay.remove(changedKey);
                } else {
                    overlay.put(changedKey, new StoredSetting(changedKey, value, actor.source(), actor.name(), null));
                }
            });
            candidate = new SettingsSnapshot(current.registry(), overlay, current.version());
        }
        return candidate;
    }

    @Override
    @Nullable
    public String currentValue(String key) {
        return current.value(key);
    }

    @Override
    public boolean changes(String key) {
        return changes.containsKey(key);
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public SecurityPrerequisites prerequisites() {
        return prerequisites;
    }

    /** Replaces a requested value with its normal form (e.g. a normalised URL). */
    public void rewrite(String key, String canonical) {
        if (!changes.containsKey(key)) {
            throw new IllegalStateException("rewriting " + key + ", which this change does not set");
        }
        changes.put(key, canonical);
        candidate = null;
    }

    /** Refuses a key with an English-only message (what the central system is told). */
    public void reject(String key, String message) {
        errors.putIfAbsent(key, message);
    }

    /** Refuses a key with a bundle text, shown to the app in its language. */
    public void reject(String key, Text message) {
        if (errors.putIfAbsent(key, message.english()) == null) {
            errorTexts.put(key, message);
        }
    }

    public void warn(String key, Text message) {
        warnings.add(new Notice(key, message));
    }

    Map<String, String> changes() {
        return changes;
    }

    Map<String, String> errors() {
        return errors;
    }

    Map<String, Text> errorTexts() {
        return errorTexts;
    }

    List<Notice> warnings() {
        return warnings;
    }
}
