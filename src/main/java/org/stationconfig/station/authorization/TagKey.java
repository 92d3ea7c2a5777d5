package org.stationconfig.station.authorization;

import java.util.Locale;

/** Id tags are CiString20 (S16 §2.2: case-insensitive): stored and compared by this key. */
public final class TagKey {

    private TagKey() {
    }

    public static String of(String idTag) {
        return idTag.toUpperCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }
}
