/**
 * The REST endpoints of the settings: {@link org.stationconfig.settings.api.SettingsController} (read and PATCH with
 * If-Match), {@link org.stationconfig.settings.api.PermissionsController} (the permission matrix), the app's screens
 * and sections ({@link org.stationconfig.settings.api.ScreenSections}), each setting drawn with secrets only as
 * set/format/length ({@link org.stationconfig.settings.api.SettingViews}), and exact reading of a patch
 * ({@link org.stationconfig.settings.api.PatchReader}).
 *
 * <p>May not import: nothing above it, which would close a cycle: certificates, charging, clock, connection,
 * diagnostics, events, filetransfer, firmware, https, securitylog, station, status (they use it). No OCPP 1.6 types
 * ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}.
 */
package org.stationconfig.settings.api;
