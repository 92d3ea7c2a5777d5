package org.stationconfig.settings;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stationconfig.settings.store.StoredSetting;

/**
 * The settings at one version, immutable: what every reader (REST, OCPP client, status) works from.
 * Values resolve as stored value, else the default of the setting named by {@code defaultFrom}, else the default.
 */
public final class SettingsSnapshot {

    private static final Object UNSET = new Object();

    private final SettingsRegistry registry;
    private final Map<String, StoredSetting> stored;
    private final long version;
    private final Map<String, Object> typed = new ConcurrentHashMap<>();

    public SettingsSnapshot(SettingsRegistry registry, Map<String, StoredSetting> stored, long version) {
        this.registry = registry;
        this.stored = Map.copyOf(stored);
        this.version = version;
    }

    public SettingsRegistry registry() {
        return registry;
    }

    public Map<String, StoredSetting> stored() {
        return stored;
    }

    public long version() {
        return version;
    }

    /** The setting's typed value, read once per snapshot; null where it is unset (an unset list is empty). */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        Object value = typed.computeIfAbsent(setting.key(), key -> {
            T read = setting.read(value(key));
            return read == null ? UNSET : read;
        });
        return value == UNSET ? null : (T) value;
    }

    @Nullable
    public String value(String key) {
        StoredSetting row = stored.get(key);
        if (row != null) {
            return row.value();
        }
        SettingDefinition definition = registry.get(key);
        return definition.defaultFrom() != null ? value(definition.defaultFrom()) : definition.defaultValue();
    }

    @Nullable
    public StoredSetting row(String key) {
        return stored.get(key);
    }

    public int intValue(String key) {
        return Integer.parseInt(value(key));
    }

    public boolean boolValue(String key) {
        return Boolean.parseBoolean(value(key));
    }

    public BigDecimal decimalValue(String key) {
        return new BigDecimal(value(key));
    }

    public List<String> listValue(String key) {
        String value = value(key);
        return value == null || value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    public String etag() {
        return "\"" + version + "\"";
    }

    /** Without values: a snapshot holds the access key, and frameworks log events (and so snapshots) at DEBUG. */
    @Override
    public String toString() {
        return "SettingsSnapshot[version=" + version + ", " + stored.size() + " stored values]";
    }
}
