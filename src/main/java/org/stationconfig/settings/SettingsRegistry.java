package org.stationconfig.settings;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
    private final Set<String> reconnecting;
    private final List<String> connection;
    private final Set<String> securityParameters;

    public SettingsRegistry(StationProperties station) {
        for (SettingDefinition definition : SettingsCatalog.all(station)) {
            register(definition);
        }
        byKey.values().forEach(this::checkDefault);
        reconnecting = Set.copyOf(keys(definition -> definition.applies() == Applies.RECONNECT));
        connection = keys(SettingDefinition::connection);
        securityParameters = Set.copyOf(keys(SettingDefinition::securityParameter));
    }

    private List<String> keys(Predicate<SettingDefinition> declared) {
        return byKey.values().stream().filter(declared).map(SettingDefinition::key).toList();
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

    /** The settings declared to apply by reconnecting. */
    public boolean reconnects(String key) {
        return reconnecting.contains(key);
    }

    /** The settings the connection is made with, tried and kept as last-known-good, in declaration order. */
    public List<String> connectionKeys() {
        return connection;
    }

    /** A change of it by someone goes to the security log (A01.FR.11). */
    public boolean securityParameter(String key) {
        return securityParameters.contains(key);
    }
}
