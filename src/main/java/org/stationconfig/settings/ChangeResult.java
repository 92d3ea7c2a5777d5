package org.stationconfig.settings;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** An accepted change: the settings after it, which keys really changed, and what the installer should know. */
public record ChangeResult(SettingsSnapshot snapshot, Set<String> changed, List<Notice> notices) {

    /** The warnings in English. */
    public List<Warning> warnings() {
        return warnings(Locale.ENGLISH);
    }

    public List<Warning> warnings(Locale locale) {
        return notices.stream().map(notice -> notice.in(locale)).toList();
    }
}
