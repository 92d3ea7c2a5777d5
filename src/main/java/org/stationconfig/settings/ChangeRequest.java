package org.stationconfig.settings;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import org.stationconfig.auth.Actor;

/**
 * A request to change settings, from any source.
 *
 * @param values          key → new value; JSON-typed from the app, text from OCPP; null = back to the default
 * @param asText          true when the values are OCPP text (ChangeConfiguration), false for the app's JSON
 * @param expectedVersion the version the caller saw (If-Match), or null to change whatever is current
 */
public record ChangeRequest(Actor actor, Map<String, Object> values, boolean asText, @Nullable Long expectedVersion) {

    public static ChangeRequest fromApp(Actor actor, Map<String, Object> values, @Nullable Long expectedVersion) {
        return new ChangeRequest(actor, values, false, expectedVersion);
    }

    public static ChangeRequest fromText(Actor actor, String key, String value) {
        return new ChangeRequest(actor, java.util.Collections.singletonMap(key, value), true, null);
    }
}
