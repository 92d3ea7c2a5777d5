package org.stationconfig.settings.api;

import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.auth.Actor;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.SettingsRegistry;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.rules.AccessKeys;
import org.stationconfig.settings.store.StoredSetting;

/** Draws settings for one caller: values as typed JSON, secrets only as set/format/length, editability per caller. */
@Singleton
public class SettingViews {

    private final SettingsRegistry registry;
    private final PermissionMatrix permissions;

    public SettingViews(SettingsRegistry registry, PermissionMatrix permissions) {
        this.registry = registry;
        this.permissions = permissions;
    }

    public List<SettingView> all(SettingsSnapshot snapshot, Actor caller) {
        return registry.all().stream().map(definition -> view(definition, snapshot, caller)).toList();
    }

    private SettingView view(SettingDefinition definition, SettingsSnapshot snapshot, Actor caller) {
        String value = snapshot.value(definition.key());
        StoredSetting row = snapshot.row(definition.key());
        String reason = permissions.refusal(caller, definition);
        boolean secret = definition.secret();
        return new SettingView(
                definition.key(),
                definition.label(),
                definition.group().name(),
                definition.group().label(),
                definition.type().name(),
                secret || value == null ? null : definition.type().toJson(value),
                secret ? value != null : null,
                secret && value != null ? AccessKeys.format(value) : null,
                secret && value != null ? AccessKeys.bytes(value, false).length : null,
                reason == null,
                reason,
                definition.unit(),
                definition.type().constraints(),
                secret || definition.defaultValue() == null ? null : definition.type().toJson(definition.defaultValue()),
                definition.ocppKey(),
                definition.applies().label(),
                row == null ? "default" : row.source().label(),
                row == null ? null : row.updatedAt(),
                definition.help());
    }
}
