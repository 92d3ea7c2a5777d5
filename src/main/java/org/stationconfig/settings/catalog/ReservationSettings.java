package org.stationconfig.settings.catalog;

import static org.stationconfig.settings.OcppAccess.READ;
import static org.stationconfig.settings.SettingDefinition.define;

import java.util.List;
import org.stationconfig.settings.Group;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.type.BooleanType;

/** The Reservation profile's key (S16 §9.3). */
final class ReservationSettings {

    private ReservationSettings() {
    }

    static List<SettingDefinition> declare() {
        return List.of(
                // true: a ReserveNow for connector 0 keeps one connector free for the tag (S16 §5.13).
                define("reserveConnectorZeroSupported", new BooleanType())
                        .ocpp("ReserveConnectorZeroSupported", READ).defaultValue("true").group(Group.TRANSACTIONS)
                        .readOnly().build());
    }
}
