/**
 * Smart charging (S16 §3.13, §5.16): the installed profiles, kept in SQLite ({@link
 * org.stationconfig.charging.ChargingProfiles}), the rules a profile must keep to be installed ({@link
 * org.stationconfig.charging.ProfileRules}), which ones ClearChargingProfile removes ({@link
 * org.stationconfig.charging.ProfileFilter}), and the current the station may offer now with the limit that decides
 * it ({@link org.stationconfig.charging.ActiveLimits}).
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware, station, status (they use it).
 * No OCPP 1.6 types ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp} (the handlers
 * are in {@code station.ocpp} today).
 */
package org.stationconfig.charging;
