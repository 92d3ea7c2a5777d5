package org.stationconfig.settings;

import io.micronaut.serde.annotation.Serdeable;

/** Something the installer should know about an accepted value, e.g. how a pasted URL was read. */
@Serdeable
public record Warning(String key, String message) {
}
