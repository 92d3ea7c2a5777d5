package org.stationconfig.station.authorization;

import io.micronaut.core.annotation.Nullable;

/**
 * One entry of an update of the Local Authorization List.
 *
 * @param verdict null: remove the tag (a differential update only)
 */
public record ListEntry(String idTag, @Nullable TagVerdict verdict) {
}
