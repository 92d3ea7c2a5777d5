/**
 * The SQLite rows behind the settings: stored values ({@link org.stationconfig.settings.store.StoredSetting}, absent
 * row = the default) and permission matrix overrides ({@link org.stationconfig.settings.store.PermissionOverride}).
 *
 * <p>May not import: any project package but audit: rows only; nothing above it, which would close a cycle:
 * certificates, charging, clock, connection, diagnostics, events, filetransfer, firmware, https, securitylog, station,
 * status (they use it).
 */
package org.stationconfig.settings.store;
