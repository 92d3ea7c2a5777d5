package org.stationconfig.settings.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.stationconfig.settings.Warning;

/**
 * All settings at one version; after a change also which keys changed and the warnings.
 *
 * @param version  the same number as the ETag, for clients that cannot read headers
 * @param sections the screens' sections in order, with the lines that are no setting (connection status, certificates)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SettingsPage(long version, List<SettingView> settings, @Nullable List<String> changed,
                           @Nullable List<Warning> warnings, List<SectionView> sections) {
}
