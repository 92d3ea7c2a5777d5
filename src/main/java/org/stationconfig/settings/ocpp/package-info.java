/**
 * The adapter for GetConfiguration and ChangeConfiguration (S16 §5.8, §5.3):
 * {@link org.stationconfig.settings.ocpp.GetConfigurationHandler} reads the registry's OCPP keys,
 * {@link org.stationconfig.settings.ocpp.ChangeConfigurationHandler} writes through the same single write path as the
 * app.
 *
 * <p>May not import: nothing above it, which would close a cycle: certificates, charging, clock, connection,
 * diagnostics, events, filetransfer, firmware, https, securitylog, station, status (they use it). It is the one
 * settings package that may use OCPP 1.6 types.
 */
package org.stationconfig.settings.ocpp;
