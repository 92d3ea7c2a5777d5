/**
 * Storage underneath everything: the SQLite driver with its fixes for Micronaut Data
 * ({@link org.stationconfig.data.SqliteDriver}), files and folders made owner-only
 * ({@link org.stationconfig.data.OwnerOnlyFiles}), and the free-space guard that keeps a full disk a state rather than
 * a crash ({@link org.stationconfig.data.StorageGuard}, publishing {@link org.stationconfig.data.StorageLow}).
 *
 * <p>May not import: any other project package: it is the bottom layer.
 */
package org.stationconfig.data;
