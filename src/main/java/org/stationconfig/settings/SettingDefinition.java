package org.stationconfig.settings;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;
import org.stationconfig.settings.type.SettingType;

/**
 * One setting, declared once; REST, OCPP, validation, audit and the API document are all driven by it. Its label and
 * help text are in the text bundle ({@code setting.<key>.label}, {@code setting.<key>.help}; see {@code i18n.Bundle}).
 *
 * @param defaultValue   canonical value when nothing is stored; null = unset
 * @param defaultFrom    when set, the default is the current value of that other setting
 * @param defaultWriters the shipped row of the permission matrix (SERVICE may change it at run time)
 * @param secret         never returned, never logged, masked in the audit log
 * @param csmsRule       extra checks when the central system writes it (raise-only, hex-only), or null
 * @param connection     the connection is made with it: a change is tried, and the value that last worked is kept to
 *                       roll back to (SPEC §3); implies {@link Applies#RECONNECT}
 * @param securityParameter a change by someone reaches the security log (whitepaper A01.FR.11), never its value
 */
public record SettingDefinition(
        String key,
        Group group,
        SettingType type,
        @Nullable String unit,
        @Nullable String defaultValue,
        @Nullable String defaultFrom,
        @Nullable String ocppKey,
        OcppAccess ocppAccess,
        Set<Writer> defaultWriters,
        Applies applies,
        boolean secret,
        @Nullable CsmsRule csmsRule,
        boolean connection,
        boolean securityParameter) {

    public static SettingBuilder define(String key, SettingType type) {
        return new SettingBuilder(key, type);
    }

    /** May the central system ever write this, whatever the matrix says? */
    public boolean csmsWritable() {
        return ocppAccess.writable();
    }
}
