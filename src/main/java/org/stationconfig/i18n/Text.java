package org.stationconfig.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A text of the bundle with its arguments, rendered in the caller's language only when answered. */
public record Text(String key, List<Object> args) {

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    public String in(Locale locale) {
        return Bundle.text(locale, key, args.toArray());
    }

    public String english() {
        return in(Locale.ENGLISH);
    }
}
