package org.stationconfig.settings;

import org.stationconfig.auth.Actor;

/**
 * Published after SERVICE changed a row of the permission matrix (a setting or a certificate use).
 *
 * @param before who could write it, comma-separated; {@code after} likewise
 */
public record PermissionChanged(String key, String before, String after, Actor actor) {
}
