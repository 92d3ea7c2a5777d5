package org.stationconfig.i18n;

import java.util.List;
import java.util.Locale;

/** Picks the answer's language from an {@code Accept-Language} header (RFC 9110 §12.5.4): quality values count. */
public final class Languages {

    private Languages() {
    }

    /** The best of the station's languages for the header; English when nothing matches or the header is unreadable. */
    public static Locale choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            // lookup tries de-AT, then de; ranges with q=0 are excluded
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), Bundle.LANGUAGES);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    public static List<Locale> all() {
        return Bundle.LANGUAGES;
    }
}
