package org.stationconfig.settings;

import java.util.List;
import java.util.Set;

/** An accepted change: the settings after it, which keys really changed, and what the installer should know. */
public record ChangeResult(SettingsSnapshot snapshot, Set<String> changed, List<Warning> warnings) {
}
