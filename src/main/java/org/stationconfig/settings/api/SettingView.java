package org.stationconfig.settings.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/**
 * One setting as the app draws it. Secrets carry {@code isSet}, {@code format} and {@code byteLength} instead of a
 * value; {@code editable} is for the caller who asked, with {@code reason} when not. Texts are in the caller's
 * language ({@code Accept-Language}).
 *
 * @param section  the id of the section the setting is drawn in (see the page's {@code sections})
 * @param screen   {@code ocpp16json} for the phone app's "OCPP 1.6 JSON" screen, else the setting's group
 * @param position the setting's place in its section, from 1
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SettingView(
        String key,
        String label,
        String group,
        String groupLabel,
        String type,
        @Nullable Object value,
        @Nullable Boolean isSet,
        @Nullable String format,
        @Nullable Integer byteLength,
        boolean editable,
        @Nullable String reason,
        @Nullable String unit,
        Map<String, Object> constraints,
        @Nullable Object defaultValue,
        @Nullable String ocppKey,
        String applies,
        String source,
        @Nullable Instant updatedAt,
        @Nullable String help,
        String section,
        String sectionTitle,
        String screen,
        int position) {
}
