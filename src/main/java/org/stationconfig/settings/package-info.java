/**
 * The settings registry and its single write path (SPEC §2, §6): {@link org.stationconfig.settings.SettingDefinition}
 * declares a setting once, {@link org.stationconfig.settings.SettingsRegistry} indexes them,
 * {@link org.stationconfig.settings.SettingChanges} is the one write path for the app, the central system and the
 * station (rules, permission matrix, audit, all or nothing), {@link org.stationconfig.settings.SettingsStore} keeps
 * them durable and hands readers an immutable {@link org.stationconfig.settings.SettingsSnapshot},
 * {@link org.stationconfig.settings.SettingsChanged} tells listeners,
 * {@link org.stationconfig.settings.PermissionMatrix} says who may write what (features add rows through
 * {@link org.stationconfig.settings.PermissionSubjects}).
 *
 * <p>May not import: nothing above it, which would close a cycle: certificates, charging, clock, connection,
 * diagnostics, events, filetransfer, firmware, https, securitylog, station, status (they use it). Nor its own adapters
 * {@code settings.api} and {@code settings.ocpp}. No OCPP 1.6 types ({@code ocpp.v16}): they belong in the feature's
 * adapter subpackage {@code ocpp}.
 */
package org.stationconfig.settings;
