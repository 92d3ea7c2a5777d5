package org.stationconfig.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the station remembers per bearer token's text: the most recently used {@link #SIZE}, safe across threads. */
final class RememberedTokens {

    /** Tokens live an hour; a phone app holds one at a time. */
    static final int SIZE = 256;

    private RememberedTokens() {
    }

    static <V> Map<String, V> map() {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > SIZE;
            }
        });
    }
}
