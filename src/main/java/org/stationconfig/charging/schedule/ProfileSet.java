package org.stationconfig.charging.schedule;

import java.util.List;
import org.stationconfig.charging.LimitProfile;

/**
 * The profiles that bear on one connector (S16 §3.13.2), each list of one purpose: the station's
 * ChargePointMaxProfiles, the TxDefaultProfiles set on connector 0 and on this connector (which take precedence),
 * and the TxProfiles of its transaction. For connector 0 only the first list counts.
 */
public record ProfileSet(List<LimitProfile> chargePointMax, List<LimitProfile> stationTxDefault,
                         List<LimitProfile> connectorTxDefault, List<LimitProfile> tx) {

    public static ProfileSet station(List<LimitProfile> chargePointMax) {
        return new ProfileSet(chargePointMax, List.of(), List.of(), List.of());
    }

    /** The profiles of the transaction alone, without the station-wide cap (which the power path shares out). */
    public ProfileSet withoutStationCap() {
        return new ProfileSet(List.of(), stationTxDefault, connectorTxDefault, tx);
    }

    List<List<LimitProfile>> all() {
        return List.of(chargePointMax, stationTxDefault, connectorTxDefault, tx);
    }
}
