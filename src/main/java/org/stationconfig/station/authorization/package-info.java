/**
 * Who may charge (S16 §3.5): the authorisation modes and standard keys as a pure policy ({@link
 * org.stationconfig.station.authorization.AuthorizationPolicy}), the Local Authorization List ({@link
 * org.stationconfig.station.authorization.LocalAuthList}) and the cache ({@link
 * org.stationconfig.station.authorization.AuthorizationCache}) in SQLite, and {@link
 * org.stationconfig.station.authorization.Authorizer} that decides, asking the central system when it must.
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware (they use it). No OCPP 1.6 types
 * ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}.
 */
package org.stationconfig.station.authorization;
