package org.stationconfig.settings.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/**
 * One setting as the app draws it. Secrets carry {@code isSet}, {@code format} and {@code byteLength} instead of a
 * value; {@code editable} is for the caller who asked, with {@code reason} when not.
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
        @Nullable String help) {
}
