package org.stationconfig.settings.ocpp;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stationconfig.auth.Actor;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.CallHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.GetConfiguration;
import org.stationconfig.ocpp.v16.types.KeyValue;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.SettingsRegistry;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/**
 * GetConfiguration (S16 §5.8) from the settings registry: all OCPP keys, or the ones asked for plus
 * {@code unknownKey}. {@code readonly} is whether the central system may change the key now; AuthorizationKey is
 * listed without a value (write-only, never readable).
 */
@Singleton
public class GetConfigurationHandler implements OcppHandler {

    private final SettingsRegistry registry;
    private final SettingsStore settings;
    private final PermissionMatrix permissions;

    public GetConfigurationHandler(SettingsRegistry registry, SettingsStore settings, PermissionMatrix permissions) {
        this.registry = registry;
        this.settings = settings;
        this.permissions = permissions;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(GetConfiguration.ACTION, CallHandler.sync(this::answer));
    }

    GetConfiguration.Response answer(GetConfiguration.Request request) {
        SettingsSnapshot snapshot = settings.current();
        boolean integers = snapshot.get(Setting.BOOLEAN_VALUES_AS_INTEGERS);
        List<KeyValue> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (request.key() == null || request.key().isEmpty()) {
            registry.all().stream().filter(definition -> definition.ocppKey() != null)
                    .forEach(definition -> known.add(keyValue(definition, snapshot, integers)));
        } else {
            for (String key : request.key()) {
                Optional<SettingDefinition> definition = registry.findByOcppKey(key);
                if (definition.isPresent()) {
                    known.add(keyValue(definition.get(), snapshot, integers));
                } else {
                    unknown.add(key);
                }
            }
        }
        return new GetConfiguration.Response(known.isEmpty() ? null : known, unknown.isEmpty() ? null : unknown);
    }

    private KeyValue keyValue(SettingDefinition definition, SettingsSnapshot snapshot, boolean integers) {
        boolean readonly = !permissions.mayWrite(Actor.csms(), definition);
        if (!definition.ocppAccess().readable()) {
            return new KeyValue(definition.ocppKey(), readonly, null);
        }
        String value = snapshot.value(definition.key());
        if (integers && "boolean".equals(definition.type().name()) && value != null) {
            value = Boolean.parseBoolean(value) ? "1" : "0";
        }
        return new KeyValue(definition.ocppKey(), readonly, value);
    }
}
