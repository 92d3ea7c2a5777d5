/**
 * How one setting's value is read, checked and shown ({@link org.stationconfig.settings.type.SettingType}): integers,
 * exact decimals ({@link org.stationconfig.settings.type.BoundedDecimal}), enums, lists, text, free text and secrets,
 * each canonical as OCPP GetConfiguration shows it.
 *
 * <p>May not import: any project package but i18n: the value types are leaves that the registry and rules build on;
 * nothing above it, which would close a cycle: certificates, charging, clock, connection, diagnostics, events,
 * filetransfer, firmware, https, securitylog, station, status (they use it).
 */
package org.stationconfig.settings.type;
