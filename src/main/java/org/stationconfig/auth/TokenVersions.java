package org.stationconfig.auth;

import io.micronaut.context.annotation.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The token version of each permanent account: an in-memory mirror of {@code account.token_version} that
 * {@link Passwords} updates after each committed password change or reset. Token validation runs on the event loop
 * for every request; reading this map there never blocks on the database. Loaded at start-up ({@link Context}).
 */
@Context
public class TokenVersions {

    private final Map<String, Long> versionByUsername = new ConcurrentHashMap<>();

    public TokenVersions(AccountRepository accounts) {
        accounts.findAll().forEach(account -> versionByUsername.put(account.username(), account.tokenVersion()));
    }

    /** The version tokens of {@code username} must carry; accounts created after the load start at 0. */
    public long current(String username) {
        return versionByUsername.getOrDefault(username, 0L);
    }

    void changed(String username, long version) {
        versionByUsername.put(username, version);
    }
}
