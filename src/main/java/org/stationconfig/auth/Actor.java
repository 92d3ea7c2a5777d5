package org.stationconfig.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import org.stationconfig.audit.Source;

/**
 * Who makes a change: an app user with a role, the central system, or the station itself.
 *
 * @param name the audit log's principal: a username, {@code csms} or {@code system}
 * @param role the app role; null for the central system and the station
 */
public record Actor(Source source, String name, @Nullable Role role) {

    public static Actor app(String username, Role role) {
        return new Actor(Source.APP, username, role);
    }

    public static Actor csms() {
        return new Actor(Source.CSMS, "csms", null);
    }

    public static Actor system() {
        return new Actor(Source.SYSTEM, "system", null);
    }

    /** The app user behind an authenticated request; its token carries exactly one role. */
    public static Actor of(Authentication authentication) {
        Role role = authentication.getRoles().stream()
                .map(Role::valueOf)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("token without a role"));
        return app(authentication.getName(), role);
    }

    /** How a log line names who made a change, e.g. {@code app (installer)} or {@code csms (csms)}. */
    public String describe() {
        return source.label() + " (" + name + ")";
    }
}
