/**
 * Accounts, login and who may call what: ES256 bearer tokens ({@link org.stationconfig.auth.AccessTokens}), Argon2id
 * passwords ({@link org.stationconfig.auth.PasswordHasher}, {@link org.stationconfig.auth.Passwords}), lockout
 * ({@link org.stationconfig.auth.LoginThrottle}), temporary installer access
 * ({@link org.stationconfig.auth.AccessGrants}) and the one access rule for every request
 * ({@link org.stationconfig.auth.ApiAccessRule} by {@link org.stationconfig.auth.AccessTable}).
 * {@link org.stationconfig.auth.Actor} names who makes a change, for the audit log and the settings.
 *
 * <p>May not import: any project package but api, audit, data and i18n: settings and every feature decide by its roles.
 */
package org.stationconfig.auth;
