/**
 * Every setting the station has, declared once: {@link org.stationconfig.settings.catalog.SettingsCatalog} collects the
 * declarations by area (core OCPP keys, the app's OCPP screen, security, firmware, reservation, station identity) and
 * {@link org.stationconfig.settings.catalog.ScreenLayout} says where the app draws each.
 *
 * <p>May not import: nothing above it, which would close a cycle: certificates, charging, clock, connection,
 * diagnostics, events, filetransfer, firmware, https, securitylog, station, status (they use it). Nor
 * {@code settings.api}, {@code settings.store} or {@code settings.ocpp}: declarations only. No OCPP 1.6 types
 * ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}.
 */
package org.stationconfig.settings.catalog;
