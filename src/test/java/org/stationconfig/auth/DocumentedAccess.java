package org.stationconfig.auth;

import io.micronaut.http.HttpMethod;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What the API document says about who may call an operation, read from the {@link AccessTable} itself. */
public final class DocumentedAccess {

    /**
     * @param anonymous     open without a token
     * @param roles         the roles that may call it
     * @param permanentOnly refused to tokens of temporary installer access
     */
    public record Access(boolean anonymous, Set<Role> roles, boolean permanentOnly) {

        /** Some caller with a valid token is refused. */
        public boolean restricted() {
            return !anonymous && (!roles.equals(EnumSet.allOf(Role.class)) || permanentOnly);
        }
    }

    private DocumentedAccess() {
    }

    /** The row for an operation of the document ({@code {id}} segments match as they do for requests). */
    public static Optional<Access> of(String method, String path) {
        return AccessTable.find(HttpMethod.valueOf(method), path)
                .map(entry -> new Access(entry.anonymous(), entry.roles(), entry.permanentOnly()));
    }
}
