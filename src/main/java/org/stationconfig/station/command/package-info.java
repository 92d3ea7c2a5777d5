/**
 * The app's station commands (README "Station commands"): {@link org.stationconfig.station.command.StationCommands}
 * runs each {@link org.stationconfig.station.command.StationCommand} through the same station logic as the central
 * system's request, allowed per role by the permission matrix ({@link
 * org.stationconfig.station.command.CommandPermissions}); {@link org.stationconfig.station.command.ReconnectWatch}
 * waits for where a reconnect ends up.
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware (they use it). No OCPP 1.6 types
 * ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}.
 */
package org.stationconfig.station.command;
