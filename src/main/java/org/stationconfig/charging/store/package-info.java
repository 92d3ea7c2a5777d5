/**
 * The SQLite rows of installed charging profiles ({@code charging_profile}):
 * {@link org.stationconfig.charging.store.StoredProfile} and its repository.
 *
 * <p>May not import: any other project package: rows only; nothing above it, which would close a cycle: events,
 * firmware, station, status (they use it).
 */
package org.stationconfig.charging.store;
