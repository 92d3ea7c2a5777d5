package org.stationconfig.settings.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** {@code {"values": {"heartbeatInterval": 120, "accessKey": null}}}; null resets a setting to its default. */
@Serdeable
public record SettingsPatch(@Nullable Map<String, Object> values) {
}
