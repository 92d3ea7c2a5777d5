package org.stationconfig.i18n;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** "A. B." in the caller's language, as an argument of a {@link Text}. */
public record Sentences(List<Object> items) {

    public String in(Locale locale) {
        return items.stream().map(item -> item instanceof Text text ? text.in(locale) : String.valueOf(item))
                .collect(Collectors.joining(". "));
    }
}
