package org.stationconfig.auth;

/**
 * Published after a committed password change or reset, or a revoked grant: tokens that were valid a moment ago may
 * not be any more, so holders of long-lived connections (the live-events stream) check theirs again at once.
 */
public record TokensRevoked(String username) {
}
