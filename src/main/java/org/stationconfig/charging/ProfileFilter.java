package org.stationconfig.charging;

import io.micronaut.core.annotation.Nullable;

/**
 * Which profiles ClearChargingProfile removes (S16 §5.5): the one with the id, when an id is given; otherwise those
 * that match every criterion given; with none given, all of them.
 */
public record ProfileFilter(@Nullable Integer id, @Nullable Integer connectorId,
                            @Nullable ProfilePurpose purpose, @Nullable Integer stackLevel) {

    boolean matches(InstalledProfile installed) {
        if (id != null) {
            return installed.id() == id;
        }
        return (connectorId == null || installed.connectorId() == connectorId)
                && (purpose == null || installed.purpose() == purpose)
                && (stackLevel == null || installed.profile().stackLevel() == stackLevel);
    }
}
