package org.stationconfig.settings;

import io.micronaut.core.annotation.Nullable;
import org.stationconfig.auth.Actor;

/** What a rule may read while a change is checked: the values as they would be after it, and the station's state. */
public interface RuleContext {

    /** The canonical value after the change (stored, else default); null when unset. */
    @Nullable
    String value(String key);

    /** The value in force before the change. */
    @Nullable
    String currentValue(String key);

    boolean changes(String key);

    Actor actor();

    SecurityPrerequisites prerequisites();

    /** The typed value after the change; null when unset. */
    default <T> T get(Setting<T> setting) {
        return setting.read(value(setting.key()));
    }

    default int intValue(String key) {
        return Integer.parseInt(value(key));
    }

    default boolean boolValue(String key) {
        return Boolean.parseBoolean(value(key));
    }
}
