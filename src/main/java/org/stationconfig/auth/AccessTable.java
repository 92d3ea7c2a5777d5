package org.stationconfig.auth;

import static io.micronaut.http.HttpMethod.DELETE;
import static io.micronaut.http.HttpMethod.GET;
import static io.micronaut.http.HttpMethod.PATCH;
import static io.micronaut.http.HttpMethod.POST;
import static io.micronaut.http.HttpMethod.PUT;
import static org.stationconfig.auth.Role.INSTALLER;
import static org.stationconfig.auth.Role.OWNER;
import static org.stationconfig.auth.Role.SERVICE;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call which endpoint: the only place in the service that knows roles (field notes: authorisation is
 * enforced by the station, for every request). A request that matches no row is refused. Path patterns: {@code {x}}
 * is one path segment, a trailing {@code **} any rest. Per-setting and per-certificate-use write permissions are the
 * permission matrix's job.
 */
public final class AccessTable {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);

    static final List<Entry> ENTRIES = List.of(
            anonymous(POST, "/api/v1/auth/login"),
            anonymous(GET, "/health"),
            anonymous(GET, "/swagger/**"),
            anonymous(GET, "/swagger-ui/**"),

            roles(GET, "/api/v1/settings", ALL),
            roles(PATCH, "/api/v1/settings", ALL),
            roles(GET, "/api/v1/permissions", ALL),
            roles(GET, "/api/v1/ocpp/status", ALL),
            roles(GET, "/api/v1/station", ALL),
            roles(GET, "/api/v1/transactions", ALL),
            roles(GET, "/api/v1/audit", ALL),
            roles(GET, "/api/v1/outbox", ALL),
            roles(GET, "/api/v1/certificates", ALL),
            roles(GET, "/api/v1/certificates/{id}", ALL),
            roles(GET, "/api/v1/events", ALL), // the WebSocket upgrade
            // temporary installer access has no password of its own to change
            new Entry(POST, "/api/v1/users/me/password", ALL, false, true),

            // who may install or delete which certificate use is the permission matrix's job, as for settings
            roles(POST, "/api/v1/certificates", ALL),
            roles(DELETE, "/api/v1/certificates/{id}", ALL),
            // which role may send which station command is the permission matrix's job
            roles(POST, "/api/v1/station/commands/{command}", ALL),

            roles(POST, "/api/v1/ocpp/connection-test", EnumSet.of(INSTALLER, SERVICE)),
            roles(POST, "/api/v1/certificates/csr", EnumSet.of(INSTALLER, SERVICE)),
            roles(POST, "/api/v1/outbox/{id}/requeue", EnumSet.of(INSTALLER, SERVICE)),

            roles(PUT, "/api/v1/permissions/{key}", EnumSet.of(SERVICE)),
            roles(PUT, "/api/v1/users/{name}/password", EnumSet.of(SERVICE)),
            roles(null, "/api/v1/simulator/**", EnumSet.of(SERVICE)),

            roles(GET, "/api/v1/local-tags", EnumSet.of(OWNER, INSTALLER, SERVICE)),
            roles(POST, "/api/v1/local-tags", EnumSet.of(OWNER, INSTALLER, SERVICE)),
            roles(PUT, "/api/v1/local-tags/{id}", EnumSet.of(OWNER, INSTALLER, SERVICE)),
            roles(DELETE, "/api/v1/local-tags/{id}", EnumSet.of(OWNER, INSTALLER, SERVICE)),
            roles(GET, "/api/v1/local-tag-learning", EnumSet.of(OWNER, INSTALLER, SERVICE)),
            roles(POST, "/api/v1/local-tag-learning", EnumSet.of(OWNER, INSTALLER, SERVICE)),
            roles(DELETE, "/api/v1/local-tag-learning", EnumSet.of(OWNER, INSTALLER, SERVICE)),

            roles(GET, "/api/v1/access-grants", EnumSet.of(OWNER, SERVICE)),
            roles(POST, "/api/v1/access-grants", EnumSet.of(OWNER, SERVICE)),
            roles(DELETE, "/api/v1/access-grants/{id}", EnumSet.of(OWNER, SERVICE)));

    /** Each row's pattern split once: the table is read for every request (issue 12, BENCHMARKS.md). */
    private static final List<String[]> PATTERNS = ENTRIES.stream().map(entry -> segments(entry.pattern())).toList();

    private AccessTable() {
    }

    /** The row for this request, if the API has one. */
    static Optional<Entry> find(HttpMethod method, String path) {
        String[] segments = segments(path);
        for (int i = 0; i < ENTRIES.size(); i++) {
            if (ENTRIES.get(i).matches(method, segments, PATTERNS.get(i))) {
                return Optional.of(ENTRIES.get(i));
            }
        }
        return Optional.empty();
    }

    private static Entry anonymous(HttpMethod method, String pattern) {
        return new Entry(method, pattern, Set.of(), true, false);
    }

    private static Entry roles(@Nullable HttpMethod method, String pattern, Set<Role> roles) {
        return new Entry(method, pattern, roles, false, false);
    }

    private static String[] segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    /**
     * One row.
     *
     * @param method        null for any method
     * @param anonymous     open without a token
     * @param permanentOnly refused to tokens of temporary installer access
     */
    record Entry(@Nullable HttpMethod method, String pattern, Set<Role> roles, boolean anonymous,
                 boolean permanentOnly) {

        /** @param want this row's pattern, split into segments */
        boolean matches(HttpMethod requestMethod, String[] path, String[] want) {
            if (method != null && method != requestMethod) {
                return false;
            }
            for (int i = 0; i < want.length; i++) {
                if (want[i].equals("**") && i == want.length - 1) {
                    return true;
                }
                if (i >= path.length || !(want[i].startsWith("{") || want[i].equals(path[i]))) {
                    return false;
                }
            }
            return want.length == path.length;
        }

        @Override
        public String toString() {
            return (method == null ? "ANY" : method.name()) + " " + pattern;
        }
    }
}
