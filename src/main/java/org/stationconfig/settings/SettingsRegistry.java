package org.stationconfig.settings;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.settings.catalog.SettingsCatalog;
import org.stationconfig.settings.type.InvalidValueException;

/**
 * The declarations, indexed by API key and by OCPP key. Checked once at start-up: keys unique, every default valid
 * for its own type, every OCPP key within OCPP's 50 characters.
 */
@Singleton
public class SettingsRegistry {

    private final Map<String, SettingDefinition> byKey = new LinkedHashMap<>();
    private final Map<String, SettingDefinition> byOcppKey = new LinkedHashMap<>();

    public SettingsRegistry(StationProperties station) {
        for (SettingDefinition definition : SettingsCatalog.all(station)) {
            register(definition);
        }
        byKey.values().forEach(this::checkDefault);
    }

    private void register(SettingDefinition definition) {
        if (byKey.putIfAbsent(definition.key(), definition) != null) {
            throw new IllegalStateException("setting declared twice: " + definition.key());
        }
        if (definition.ocppKey() != null) {
            if (definition.ocppKey().length() > 50) {
                throw new IllegalStateException("OCPP key longer than CiString50: " + definition.ocppKey());
            }
            // OCPP keys are CiStrings: matched case-insensitively
            if (byOcppKey.putIfAbsent(definition.ocppKey().toLowerCase(Locale.ROOT), definition) != null) {
                throw new IllegalStateException("OCPP key declared twice: " + definition.ocppKey());
            }
        }
    }

    private void checkDefault(SettingDefinition definition) {
        if (definition.defaultFrom() != null && !byKey.containsKey(definition.defaultFrom())) {
            throw new IllegalStateException(definition.key() + " takes its default from unknown " + definition.defaultFrom());
        }
        if (definition.defaultValue() == null || definition.secret()) {
            return;
        }
        try {
            String canonical = definition.type().fromText(definition.defaultValue());
            if (!canonical.equals(definition.defaultValue())) {
                throw new IllegalStateException("default of " + definition.key() + " is not canonical: "
                        + definition.defaultValue() + " (would be " + canonical + ")");
            }
        } catch (InvalidValueException e) {
            throw new IllegalStateException("default of " + definition.key() + " is invalid: " + e.getMessage(), e);
        }
    }

    public Optional<SettingDefinition> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public SettingDefinition get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("no such setting: " + key));
    }

    public Optional<SettingDefinition> findByOcppKey(String ocppKey) {
        return Optional.ofNullable(byOcppKey.get(ocppKey.toLowerCase(Locale.ROOT)));
    }

    public Collection<SettingDefinition> all() {
        return byKey.values();
    }
}
