package org.stationconfig.i18n;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** "A and B and C" in the caller's language, as an argument of a {@link Text}. */
public record AllOf(List<Object> items) {

    public String in(Locale locale) {
        String and = " " + Bundle.text(locale, "word.and") + " ";
        return items.stream().map(item -> item instanceof Text text ? text.in(locale) : String.valueOf(item))
                .collect(Collectors.joining(and));
    }
}
