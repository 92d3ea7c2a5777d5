package org.stationconfig.settings.api;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.stationconfig.auth.Actor;
import org.stationconfig.i18n.Bundle;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.SettingsRegistry;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.Warning;
import org.stationconfig.settings.catalog.ScreenLayout;
import org.stationconfig.settings.rules.AccessKeys;
import org.stationconfig.settings.store.StoredSetting;

/**
 * Draws settings for one caller in one language: values as typed JSON, secrets only as set/format/length, editability
 * per caller, label, help and section from the text bundle and the screen layout.
 */
@Singleton
public class SettingViews {

    private final SettingsRegistry registry;
    private final PermissionMatrix permissions;
    private final ScreenSections sections;

    public SettingViews(SettingsRegistry registry, PermissionMatrix permissions, ScreenSections sections) {
        this.registry = registry;
        this.permissions = permissions;
        this.sections = sections;
    }

    /** The page the app draws from: every setting and the sections, for this caller in this language. */
    public SettingsPage page(SettingsSnapshot snapshot, Actor caller, Locale language, List<String> changed,
                             List<Warning> warnings) {
        return new SettingsPage(snapshot.version(), all(snapshot, caller, language), changed, warnings,
                sections.all(caller, language));
    }

    public List<SettingView> all(SettingsSnapshot snapshot, Actor caller, Locale language) {
        return registry.all().stream().map(definition -> view(definition, snapshot, caller, language)).toList();
    }

    private SettingView view(SettingDefinition definition, SettingsSnapshot snapshot, Actor caller, Locale language) {
        String value = snapshot.value(definition.key());
        StoredSetting row = snapshot.row(definition.key());
        Text refusal = permissions.refusalText(caller, definition);
        String reason = refusal == null ? null : refusal.in(language);
        boolean secret = definition.secret();
        ScreenLayout.Place place = sections.layout().place(definition.key());
        return new SettingView(
                definition.key(),
                Bundle.text(language, "setting." + definition.key() + ".label"),
                definition.group().name(),
                Bundle.text(language, "group." + definition.group().name() + ".label"),
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
                Bundle.find(language, "setting." + definition.key() + ".help").orElse(null),
                place.section(),
                sections.title(place.section(), language),
                place.screen(),
                place.position());
    }
}
