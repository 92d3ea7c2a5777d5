package org.stationconfig.settings;

import java.util.Locale;
import org.stationconfig.i18n.Text;

/** A warning about an accepted value as a bundle text, answered in the caller's language. */
public record Notice(String key, Text text) {

    public Warning in(Locale locale) {
        return new Warning(key, text.in(locale));
    }
}
